package vn.smartcity.ioc.shared.infrastructure.persistence;

import javax.sql.DataSource;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;

/**
 * Runs the schema migrations while Hibernate builds the session factory of the IOC persistence unit:
 * after the connection provider exists and before Hibernate validates the schema
 * ({@code hibernate.hbm2ddl.auto=validate}), so no bean can ever see an old schema.
 * Registered in {@code META-INF/services/org.hibernate.integrator.spi.Integrator}.
 */
public class SchemaMigrationIntegrator implements Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                          SessionFactoryImplementor sessionFactory) {
        ConnectionProvider connections = sessionFactory.getServiceRegistry().getService(ConnectionProvider.class);
        if (connections == null || !connections.isUnwrappableAs(DataSource.class)) {
            throw new IllegalStateException("The IOC persistence unit must use a DataSource (java:jboss/datasources/IocDS)");
        }
        SchemaMigration.migrate(connections.unwrap(DataSource.class));
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory,
                             org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to release
    }
}
