/**
 * Identity and scope: user accounts belong to units and hold roles; passwords are hashed with
 * BCrypt. The three administrator roles (system, security, audit) are kept apart, as the graded
 * protection scheme (等保 level 3) requires. Failed sign-ins lock an account and throttle a client
 * address (登录失败处理, {@code eco.security.*}), counted through the throttle module in the database.
 */
package org.ecooversight.identity;
