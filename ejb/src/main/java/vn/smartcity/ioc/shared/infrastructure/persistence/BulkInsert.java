package vn.smartcity.ioc.shared.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;

import jakarta.persistence.EntityManager;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.boot.internal.EnversService;
import org.hibernate.id.IdentifierGenerator;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.BasicValuedModelPart;
import org.hibernate.metamodel.mapping.JdbcMapping;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.ValueBinder;

import vn.smartcity.ioc.shared.infrastructure.audit.IocRevision;

/**
 * Inserts many new entities of one type in the current transaction's connection, as rows, without the
 * persistence context: no managed copy of each, no dirty checking, no entity events. The columns, the values
 * (enums, converters, time zone) and the ids come from Hibernate's own mapping of the entity, so nothing of the
 * mapping is repeated here. An entity audited by Envers gets its ADD audit rows the same way, under the
 * transaction's revision (as Envers would have written them, with the same columns).
 * <ul>
 *   <li>On PostgreSQL, with its driver visible to the application (the server module {@code org.postgresql}): one
 *       {@code COPY … FROM STDIN} per table and call (see {@link PostgresCopy}).</li>
 *   <li>Elsewhere (H2, Oracle), or when that driver is not visible: one JDBC batch per table and call, each value
 *       bound by Hibernate's own binder.</li>
 * </ul>
 * Only entities of one table with basic attributes (columns) are supported: no associations, embeddables or
 * secondary tables; the id must come from a generator that runs before the insert (a sequence).
 */
public final class BulkInsert {

    private static final Logger LOG = Logger.getLogger(BulkInsert.class.getName());
    private static volatile boolean copyUnavailable;

    /** Rows for one table: column names, how each column is bound, the values (relational, as Hibernate binds them). */
    private record Rows(String table, List<String> columns, List<JdbcMapping> mappings, List<Object[]> values) {
    }

    private BulkInsert() {
    }

    /** Gives each entity its id (the entity's own generator) and inserts them all; returns the rows inserted. */
    public static int insert(EntityManager em, Class<?> type, List<?> entities) {
        if (entities.isEmpty()) {
            return 0;
        }
        SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
        EntityPersister persister = session.getFactory().getMappingMetamodel().getEntityDescriptor(type);
        if (!(persister.getGenerator() instanceof IdentifierGenerator generator)) {
            throw new IllegalArgumentException(type.getName() + " has no id generator that runs before the insert");
        }
        List<BasicValuedModelPart> columns = columns(persister);
        List<Object[]> values = new ArrayList<>(entities.size());
        for (Object entity : entities) {
            Object id = generator.generate(session, entity);
            persister.setIdentifier(entity, id, session);
            Object[] row = new Object[columns.size()];
            row[0] = columns.get(0).getJdbcMapping().convertToRelationalValue(id);
            for (int i = 1; i < row.length; i++) {
                BasicValuedModelPart column = columns.get(i);
                Object value = ((AttributeMapping) column).getPropertyAccess().getGetter().get(entity);
                row[i] = column.getJdbcMapping().convertToRelationalValue(value);
            }
            values.add(row);
        }
        Rows rows = new Rows(columns.get(0).getContainingTableExpression(),
                columns.stream().map(BasicValuedModelPart::getSelectionExpression).toList(),
                columns.stream().map(BasicValuedModelPart::getJdbcMapping).toList(), values);
        Rows audit = auditRows(session, persister, columns, values);
        session.asSessionImplementor().doWork(connection -> {
            write(connection, session, rows);
            if (audit != null) {
                write(connection, session, audit);
            }
        });
        return values.size();
    }

    /**
     * The ADD audit rows of new entities of an Envers-audited type, under the transaction's revision (created and
     * flushed now if the transaction has none yet); null when the type is not audited.
     */
    private static Rows auditRows(SharedSessionContractImplementor session, EntityPersister persister,
                                  List<BasicValuedModelPart> columns, List<Object[]> values) {
        EnversService envers = session.getFactory().getServiceRegistry().getService(EnversService.class);
        if (envers == null || !envers.isEnabled() || !envers.getEntitiesConfigurations().isVersioned(persister.getEntityName())) {
            return null;
        }
        IocRevision revision = AuditReaderFactory.get(session.asSessionImplementor()).getCurrentRevision(IocRevision.class, true);
        session.flush();   // the revision's row first: the audit rows refer to it
        Map<String, Integer> byAttribute = new HashMap<>();
        for (int i = 1; i < columns.size(); i++) {
            byAttribute.put(((AttributeMapping) columns.get(i)).getAttributeName(), i);
        }
        EntityPersister audit = session.getFactory().getMappingMetamodel()
                .getEntityDescriptor(envers.getConfig().getAuditEntityName(persister.getEntityName()));
        List<String> names = new ArrayList<>();
        List<JdbcMapping> mappings = new ArrayList<>();
        List<Function<Object[], Object>> sources = new ArrayList<>();   // per audit column: its value from the entity's row
        String idColumn = columns.get(0).getSelectionExpression();
        audit.getIdentifierMapping().forEachSelectable((i, selectable) -> {
            names.add(selectable.getSelectionExpression());
            mappings.add(selectable.getJdbcMapping());
            Object rev = selectable.getJdbcMapping().convertToRelationalValue(revision.getId());
            sources.add(selectable.getSelectionExpression().equalsIgnoreCase(idColumn) ? row -> row[0] : row -> rev);
        });
        for (int i = 0; i < audit.getNumberOfAttributeMappings(); i++) {
            AttributeMapping attribute = audit.getAttributeMapping(i);
            BasicValuedModelPart column = attribute.asBasicValuedModelPart();
            if (column == null) {
                throw new IllegalArgumentException(audit.getEntityName() + "." + attribute.getAttributeName() + " is not a column");
            }
            names.add(column.getSelectionExpression());
            mappings.add(column.getJdbcMapping());
            if (attribute.getAttributeName().equals(envers.getConfig().getRevisionTypePropertyName())) {
                // Envers maps the revision type as RevisionType (a user type) or as its number
                Object add = column.getJdbcMapping().getJavaTypeDescriptor().getJavaTypeClass() == RevisionType.class
                        ? RevisionType.ADD : RevisionType.ADD.getRepresentation();
                sources.add(row -> add);
            } else {
                Integer index = byAttribute.get(attribute.getAttributeName());
                if (index == null) {
                    throw new IllegalArgumentException(audit.getEntityName() + "." + attribute.getAttributeName()
                            + " is not an attribute of " + persister.getEntityName());
                }
                sources.add(row -> row[index]);
            }
        }
        List<Object[]> auditValues = new ArrayList<>(values.size());
        for (Object[] row : values) {
            Object[] auditRow = new Object[names.size()];
            for (int i = 0; i < auditRow.length; i++) {
                auditRow[i] = sources.get(i).apply(row);
            }
            auditValues.add(auditRow);
        }
        return new Rows(((AbstractEntityPersister) audit).getTableName(), names, mappings, auditValues);
    }

    private static void write(Connection connection, SharedSessionContractImplementor session, Rows rows) throws SQLException {
        if (!copyUnavailable && DatabaseVendor.fromProductName(connection.getMetaData().getDatabaseProductName())
                == DatabaseVendor.POSTGRESQL) {
            try {
                PostgresCopy.copy(connection, rows.table(), rows.columns(), copyValues(rows));
                return;
            } catch (NoClassDefFoundError | PostgresCopy.NotAvailable e) {
                copyUnavailable = true;
                LOG.warning("PostgreSQL COPY is not available to the application (" + e.getMessage()
                        + "): bulk inserts use JDBC batches. Install the driver as the module org.postgresql"
                        + " (docs/install.md) for the faster path.");
            }
        }
        String sql = "insert into " + rows.table() + " (" + String.join(", ", rows.columns()) + ") values ("
                + "?, ".repeat(rows.columns().size() - 1) + "?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Object[] row : rows.values()) {
                for (int i = 0; i < row.length; i++) {
                    bind(insert, rows.mappings().get(i), row[i], i + 1, session);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * The rows with what JDBC binders would make of the values that COPY's text cannot take as they are: an enum
     * as its name (stored as text) or its ordinal (stored as a number), Envers' revision type as its number.
     */
    private static List<Object[]> copyValues(Rows rows) {
        List<Object[]> values = new ArrayList<>(rows.values().size());
        for (Object[] row : rows.values()) {
            Object[] copy = row.clone();
            for (int i = 0; i < copy.length; i++) {
                if (copy[i] instanceof RevisionType type) {
                    copy[i] = type.getRepresentation();
                } else if (copy[i] instanceof Enum<?> e) {
                    copy[i] = SqlTypes.isNumericType(rows.mappings().get(i).getJdbcType().getDdlTypeCode()) ? e.ordinal() : e.name();
                }
            }
            values.add(copy);
        }
        return values;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void bind(PreparedStatement statement, JdbcMapping mapping, Object value, int index,
                             SharedSessionContractImplementor session) throws SQLException {
        ((ValueBinder) mapping.getJdbcValueBinder()).bind(statement, value, index, session);
    }

    /** The id column first, then every insertable column of the entity's attributes, in the mapping's order. */
    private static List<BasicValuedModelPart> columns(EntityPersister persister) {
        List<BasicValuedModelPart> columns = new ArrayList<>();
        if (!(persister.getIdentifierMapping() instanceof BasicValuedModelPart id)) {
            throw new IllegalArgumentException(persister.getEntityName() + " has a composite id");
        }
        columns.add(id);
        for (int i = 0; i < persister.getNumberOfAttributeMappings(); i++) {
            AttributeMapping attribute = persister.getAttributeMapping(i);
            BasicValuedModelPart column = attribute.asBasicValuedModelPart();
            if (column == null || column.isFormula()
                    || !column.getContainingTableExpression().equals(id.getContainingTableExpression())) {
                throw new IllegalArgumentException(persister.getEntityName() + "." + attribute.getAttributeName()
                        + " is not a column of its table");
            }
            if (column.isInsertable()) {
                columns.add(column);
            }
        }
        return columns;
    }
}
