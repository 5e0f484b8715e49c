/**
 * Context "incident": the workflow that ties the IOC together. An incident gathers sources (citizen reports,
 * camera alerts, media articles, security alerts, operator entries), has a category, ward, location, priority,
 * responsible department and assignee, an SLA due time with escalation timers, a standard-operating-procedure
 * checklist and an audited timeline. States: new, triaged, assigned, in progress, resolved, closed; rejected,
 * duplicate (merged), reopened. Built with issue #3.
 */
package vn.smartcity.ioc.incident;
