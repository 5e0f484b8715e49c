/** JPA implementation of the report-category repository. */
package vn.smartcity.ioc.report.infrastructure;
