package vn.smartcity.ioc.web.shared;

import java.io.IOException;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import vn.smartcity.ioc.identity.application.CurrentStaff;
import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.identity.domain.StaffMember;

/** The logged-in staff member for the console template: name, roles, departments, menu, logout. */
@Named("staff")
@RequestScoped
public class StaffBacking {

    @Inject
    CurrentStaff current;

    private StaffMember member;

    public StaffMember getMember() {
        if (member == null) {
            member = current.get().orElse(null);
        }
        return member;
    }

    public boolean isLoggedIn() {
        return getMember() != null;
    }

    /** The member's roles in menu order. */
    public List<String> getRoles() {
        StaffMember m = getMember();
        return m == null ? List.of() : Roles.STAFF.stream().filter(m::hasRole).toList();
    }

    public boolean hasRole(String role) {
        StaffMember m = getMember();
        return m != null && m.hasRole(role);
    }

    public boolean isSupervision() {
        return hasRole(Roles.SUPERVISOR) || hasRole(Roles.ADMIN);
    }

    /** Ends the session and goes back to the login page. */
    public void logout() throws ServletException, IOException {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) context.getRequest()).logout();
        context.invalidateSession();
        context.redirect(context.getRequestContextPath() + "/login.xhtml");
    }
}
