/**
 * What cuts across the modules on the web: security (form login for pages, HTTP Basic for the API,
 * CSRF, headers), RFC 9457 problem responses for every error, who the acting user is, the layout,
 * the sign-in page and the home page. Each module serves its own pages and endpoints.
 */
package org.ecooversight.web;
