package vn.smartcity.ioc.shared.infrastructure.audit;

import org.hibernate.envers.RevisionListener;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;

/** Stamps each revision with the user name of the identity Elytron established for the call. */
public class IocRevisionListener implements RevisionListener {

    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revision) {
        ((IocRevision) revision).setUsername(currentUser());
    }

    static String currentUser() {
        SecurityDomain domain = SecurityDomain.getCurrent();
        SecurityIdentity identity = domain == null ? null : domain.getCurrentSecurityIdentity();
        return identity == null || identity.isAnonymous() ? SYSTEM : identity.getPrincipal().getName();
    }
}
