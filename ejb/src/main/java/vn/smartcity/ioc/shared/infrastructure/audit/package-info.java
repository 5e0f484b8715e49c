/**
 * The audit trail: every change of an audited entity (incidents, report categories) is kept by Hibernate Envers
 * in a *_aud table, under a revision that records who made it and when.
 */
package vn.smartcity.ioc.shared.infrastructure.audit;
