package vn.smartcity.ioc.shared.infrastructure.audit;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.envers.boot.internal.EnversService;
import org.hibernate.envers.event.spi.EnversListenerDuplicationStrategy;
import org.hibernate.envers.event.spi.EnversPostCollectionRecreateEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPostDeleteEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPostInsertEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPostUpdateEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPreCollectionRemoveEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPreCollectionUpdateEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPreUpdateEventListenerImpl;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Registers Hibernate Envers' listeners as Envers itself would (its own registration is off:
 * {@code hibernate.envers.autoRegisterListeners=false} in persistence.xml; Envers' "conditional auditing"), with
 * one difference: inserting an entity that {@link BulkAudit} is inserting writes no ADD row from the listener,
 * because BulkAudit writes the ADD rows of all the entities it inserts together in one statement (same revision,
 * same values). Every other change of every audited entity is audited exactly as before.
 */
public class SelectiveAuditIntegrator implements Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        EnversService envers = sessionFactory.getServiceRegistry().getService(EnversService.class);
        if (envers == null || !envers.isEnabled() || !envers.isInitialized()
                || !envers.getEntitiesConfigurations().hasAuditedEntities()) {
            return;
        }
        EventListenerRegistry listeners = sessionFactory.getServiceRegistry().getService(EventListenerRegistry.class);
        listeners.addDuplicationStrategy(EnversListenerDuplicationStrategy.INSTANCE);
        listeners.appendListeners(EventType.POST_DELETE, new EnversPostDeleteEventListenerImpl(envers));
        listeners.appendListeners(EventType.POST_INSERT, new InsertListener(envers));
        listeners.appendListeners(EventType.PRE_UPDATE, new EnversPreUpdateEventListenerImpl(envers));
        listeners.appendListeners(EventType.POST_UPDATE, new EnversPostUpdateEventListenerImpl(envers));
        listeners.appendListeners(EventType.POST_COLLECTION_RECREATE, new EnversPostCollectionRecreateEventListenerImpl(envers));
        listeners.appendListeners(EventType.PRE_COLLECTION_REMOVE, new EnversPreCollectionRemoveEventListenerImpl(envers));
        listeners.appendListeners(EventType.PRE_COLLECTION_UPDATE, new EnversPreCollectionUpdateEventListenerImpl(envers));
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // the listeners go with the session factory
    }

    /** Envers' insert listener, but for the entities BulkAudit is inserting (their ADD rows are written in bulk). */
    static final class InsertListener extends EnversPostInsertEventListenerImpl {

        InsertListener(EnversService envers) {
            super(envers);
        }

        @Override
        public void onPostInsert(PostInsertEvent event) {
            if (!BulkAudit.isInserting(event.getEntity())) {
                super.onPostInsert(event);
            }
        }
    }
}
