/** Backing beans and exports of the analytics pages /console/analytics (analysts, supervisors, administrators, handlers). */
package vn.smartcity.ioc.web.console.analytics;
