/** Backing beans of the supervisors' pages under /console/supervisor (roles supervisor, admin). */
package vn.smartcity.ioc.web.console.supervisor;
