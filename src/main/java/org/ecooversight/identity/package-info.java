/**
 * Identity and scope: user accounts belong to units and hold roles; passwords are hashed with
 * BCrypt. The three administrator roles (system, security, audit) are kept apart, as the graded
 * protection scheme (等保 level 3) requires.
 */
package org.ecooversight.identity;
