/**
 * Open311 GeoReport v2 at /ioc/api/open311/v2/ (spec: shared/reference/open311-georeport-v2.md): every
 * resource in XML and JSON with the spec's field names, errors in the spec's error format. Now: the service
 * list and service definitions (from the report categories); service requests come with the citizen reports.
 */
package vn.smartcity.ioc.web.api.open311;
