/** Backing beans of the operator console pages under /console (staff only). */
package vn.smartcity.ioc.web.console;
