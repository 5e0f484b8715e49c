/** Report categories with their responsible department and SLA. */
package vn.smartcity.ioc.report.domain;
