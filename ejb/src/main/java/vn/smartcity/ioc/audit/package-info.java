/**
 * Context "audit": the audit trail for auditors: every change of incidents and report categories, with who
 * made it and when (kept by Hibernate Envers, see shared.infrastructure.audit).
 */
package vn.smartcity.ioc.audit;
