/** Backing beans of the public citizen portal under /portal (no login, no personal data of others); the home page uses the shared reference lists. */
package vn.smartcity.ioc.web.portal;
