/**
 * Context "analytics" (service 8): cross-service KPIs and trends, hotspots by ward and hour, SLA performance
 * per department, scheduled reports and exports. For now it serves the live figures of the console dashboard.
 */
package vn.smartcity.ioc.analytics;
