/**
 * Context "secmon" (service 5, information-security monitoring): syslog (RFC 5424/3164) and CEF ingest, the
 * IOC's own login events, rules with levels, frequency and correlation, assets; alerts above a threshold become
 * security incidents. Built with issue #6.
 */
package vn.smartcity.ioc.secmon;
