/**
 * Persistence infrastructure: the versioned Flyway migrations of the IOC schema, applied when Hibernate
 * starts and before it validates the schema.
 */
package vn.smartcity.ioc.shared.infrastructure.persistence;
