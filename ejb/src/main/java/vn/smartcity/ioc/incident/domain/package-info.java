/**
 * The incident aggregate: its states and the transitions allowed between them, its sources (citizen reports,
 * camera alerts, media articles, security alerts, operator entries) and its timeline. Every transition is a
 * method of {@link vn.smartcity.ioc.incident.domain.Incident} that refuses an illegal move with a clear
 * message and records who, when and why.
 */
package vn.smartcity.ioc.incident.domain;
