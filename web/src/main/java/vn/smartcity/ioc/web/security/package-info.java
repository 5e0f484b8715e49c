/**
 * Web security that travels with the application: security headers on every response, and Faces posts
 * whose view state the server did not issue refused (CSRF). Authentication itself is Elytron's.
 */
package vn.smartcity.ioc.web.security;
