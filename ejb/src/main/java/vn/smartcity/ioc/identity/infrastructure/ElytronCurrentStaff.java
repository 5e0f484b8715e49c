package vn.smartcity.ioc.identity.infrastructure;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.Attributes;

import vn.smartcity.ioc.identity.application.CurrentStaff;
import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.identity.domain.StaffMember;

/**
 * Reads the identity that Elytron established for this request: its IOC roles (after the realm's
 * role decoding and mapping) and the attributes {@code departments} and {@code displayName} that every
 * staff realm of wildfly-config provides; the department groups are turned into the IOC's department codes by
 * {@link DirectoryGroups} (the mapping administrators edit).
 */
@ApplicationScoped
public class ElytronCurrentStaff implements CurrentStaff {

    @jakarta.inject.Inject
    DirectoryGroups groups;

    static final String DEPARTMENTS = "departments";
    static final String DISPLAY_NAME = "displayName";

    @Override
    public Optional<StaffMember> get() {
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            return Optional.empty();
        }
        SecurityIdentity identity = domain.getCurrentSecurityIdentity();
        if (identity == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        Set<String> roles = new LinkedHashSet<>();
        for (String role : Roles.STAFF) {
            if (identity.getRoles().contains(role)) {
                roles.add(role);
            }
        }
        Attributes attributes = identity.getAttributes();
        DirectoryGroups.Resolved departments = groups.resolve(attributes.get(DEPARTMENTS));
        String displayName = attributes.getFirst(DISPLAY_NAME);
        return Optional.of(new StaffMember(identity.getPrincipal().getName(), displayName, roles,
                departments.departments(), departments.unmapped()));
    }
}
