package vn.smartcity.ioc.shared.infrastructure.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.boot.internal.EnversService;
import org.hibernate.envers.configuration.Configuration;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.query.NativeQuery;

/**
 * Inserts many new entities of an audited type with their ADD audit rows written by the database in one
 * {@code INSERT ... SELECT} per thousand, instead of one row built by Envers per entity (Envers' listener skips them:
 * {@link SelectiveAuditIntegrator}). The rows are those Envers would have written: the current transaction's
 * revision (who and when, IocRevisionListener), revision type ADD, and every audited column copied from the entity's
 * own row just inserted. For jobs that create entities by the hundred thousand (violation-processing); everything
 * else is audited by Envers itself.
 */
@ApplicationScoped
public class BulkAudit {

    /** Oracle refuses more than 1,000 expressions in an IN list. */
    private static final int IN_LIST = 1000;

    /** The entities being inserted by {@link #insertAll} on this thread (Envers' insert listener asks, during the flush). */
    private static final ThreadLocal<Set<Object>> INSERTING = new ThreadLocal<>();

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    /** entity class → its ADD rows' INSERT ... SELECT (built once from Hibernate's and Envers' mappings) */
    private final Map<Class<?>, AddRows> addRows = new ConcurrentHashMap<>();

    /** The statement that copies an entity type's new rows into its audit table, and that table. */
    private record AddRows(String statement, String auditTable) {
    }

    /** Whether {@link #insertAll} is inserting this entity on this thread (then it writes the entity's ADD row itself). */
    static boolean isInserting(Object entity) {
        Set<Object> inserting = INSERTING.get();
        return inserting != null && inserting.contains(entity);
    }

    /**
     * Persists the new entities and flushes them (JDBC batches), then writes their ADD audit rows, in the current
     * transaction and its revision.
     */
    public <T> void insertAll(Class<T> type, List<T> entities, Function<T, Long> id) {
        if (entities.isEmpty()) {
            return;
        }
        AddRows sql = addRows.computeIfAbsent(type, this::addRowsStatement);
        // the transaction's revision, persisted now if it is new (flushed with the entities)
        Number revision = AuditReaderFactory.get(em).getCurrentRevision(IocRevision.class, true).getId();
        Set<Object> inserting = Collections.newSetFromMap(new IdentityHashMap<>());
        inserting.addAll(entities);
        INSERTING.set(inserting);
        try {
            entities.forEach(em::persist);
            em.flush();
        } finally {
            INSERTING.remove();
        }
        List<Long> ids = entities.stream().map(id).toList();
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            em.createNativeQuery(sql.statement()).unwrap(NativeQuery.class)
                    .addSynchronizedQuerySpace(sql.auditTable()) // touches that table only (caches, auto-flush)
                    .setParameter("rev", revision)
                    .setParameterList("ids", ids.subList(from, Math.min(ids.size(), from + IN_LIST))).executeUpdate();
        }
    }

    /**
     * {@code INSERT INTO <audit table> (rev, revtype, <columns>) SELECT :rev, ADD, <columns> FROM <table> WHERE id IN
     * (:ids)}, with the audit table's columns: its revision and revision type, and all the others, which must be
     * columns of the entity's table (an audit table with a column of its own would leave it empty: refused).
     */
    private AddRows addRowsStatement(Class<?> type) {
        SessionFactoryImplementor factory = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class);
        Configuration envers = factory.getServiceRegistry().getService(EnversService.class).getConfig();
        AbstractEntityPersister entity = (AbstractEntityPersister) factory.getMappingMetamodel().getEntityDescriptor(type);
        AbstractEntityPersister audit = (AbstractEntityPersister) factory.getMappingMetamodel()
                .getEntityDescriptor(envers.getAuditEntityName(type.getName()));
        Set<String> entityColumns = lowerCase(columns(entity));
        String rev = envers.getRevisionFieldName().toLowerCase(Locale.ROOT);
        String revType = envers.getRevisionTypePropertyName().toLowerCase(Locale.ROOT);
        List<String> copied = new ArrayList<>();
        for (String column : lowerCase(columns(audit))) {
            if (column.equals(rev) || column.equals(revType)) {
                continue;
            }
            if (!entityColumns.contains(column)) {
                throw new IllegalStateException("Audit table " + audit.getTableName() + " has column " + column
                        + ", which " + entity.getTableName() + " does not have: its ADD rows cannot be copied");
            }
            copied.add(column);
        }
        String columns = String.join(", ", copied);
        return new AddRows("insert into " + audit.getTableName() + " (" + rev + ", " + revType + ", " + columns
                + ") select :rev, " + RevisionType.ADD.getRepresentation() + ", " + columns + " from " + entity.getTableName()
                + " where " + entity.getIdentifierColumnNames()[0] + " in (:ids)", audit.getTableName());
    }

    private static List<String> columns(AbstractEntityPersister persister) {
        List<String> columns = new ArrayList<>(List.of(persister.getIdentifierColumnNames()));
        for (int i = 0; i < persister.getPropertyNames().length; i++) {
            columns.addAll(List.of(persister.getPropertyColumnNames(i)));
        }
        return columns;
    }

    private static Set<String> lowerCase(List<String> names) {
        Set<String> lower = new LinkedHashSet<>();
        names.forEach(n -> lower.add(n.toLowerCase(Locale.ROOT)));
        return lower;
    }
}
