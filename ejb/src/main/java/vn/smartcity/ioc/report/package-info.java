/**
 * Context "report": the citizen field-report portal (phản ánh hiện trường) and its Open311 GeoReport v2 API.
 * Report categories (what a citizen can report, which department answers, within how many hours) are
 * reference data of this context. Reports, photos, tracking codes, replies and ratings come with issue #3.
 */
package vn.smartcity.ioc.report;
