/** Backing bean of the audit trail page /console/audit (auditors, administrators, supervisors). */
package vn.smartcity.ioc.web.console.audit;
