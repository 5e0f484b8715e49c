/** Read access to the report categories (portal, Open311 services list, console). */
package vn.smartcity.ioc.report.application;
