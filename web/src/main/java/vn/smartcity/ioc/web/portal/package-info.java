/** Backing beans of the public citizen portal under /portal (no login, no personal data of others). */
package vn.smartcity.ioc.web.portal;
