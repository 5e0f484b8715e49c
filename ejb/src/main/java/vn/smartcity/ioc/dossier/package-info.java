/**
 * Context "dossier" (service 6, public-administration monitoring): dossiers of public services per
 * department (received, in progress, on time, late, returned), on-time rate and satisfaction as in the national
 * service index (QĐ 766/QĐ-TTg), overdue alerts. Not yet scheduled.
 */
package vn.smartcity.ioc.dossier;
