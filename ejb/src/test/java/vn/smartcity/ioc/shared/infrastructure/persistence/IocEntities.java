package vn.smartcity.ioc.shared.infrastructure.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;

import jakarta.persistence.Entity;

import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/** The entity classes of the IOC (found in the module's compiled classes) and Hibernate bootstraps over them. */
public final class IocEntities {

    private IocEntities() {
    }

    static List<Class<?>> all() {
        Path root = Path.of(System.getProperty("ioc.test.classes", "target/classes"));
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
                    .map(f -> root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(IocEntities::load)
                    .filter(c -> c.isAnnotationPresent(Entity.class))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds the session factory as the server does: the SchemaMigrationIntegrator (found through
     * META-INF/services) migrates the database, then Hibernate validates the schema against the entities.
     */
    public static SessionFactory validatedSessionFactory(DataSource dataSource) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.datasource", dataSource)
                .applySetting("hibernate.hbm2ddl.auto", "validate")
                .build();
        MetadataSources sources = new MetadataSources(registry);
        all().forEach(sources::addAnnotatedClass);
        return sources.buildMetadata().buildSessionFactory();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, IocEntities.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
