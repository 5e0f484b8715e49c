/** JPA implementation of the incident repository. */
package vn.smartcity.ioc.incident.infrastructure;
