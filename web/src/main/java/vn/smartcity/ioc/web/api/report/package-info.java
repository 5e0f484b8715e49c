/** GET /api/report/...: what citizens can report (the Open311 API comes with issue #3). */
package vn.smartcity.ioc.web.api.report;
