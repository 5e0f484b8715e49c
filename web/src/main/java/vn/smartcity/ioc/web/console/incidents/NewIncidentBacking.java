package vn.smartcity.ioc.web.console.incidents;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.incident.application.IncidentRefusedException;
import vn.smartcity.ioc.incident.application.IncidentView;
import vn.smartcity.ioc.incident.application.IncidentWorkflow;
import vn.smartcity.ioc.web.shared.Messages;
import vn.smartcity.ioc.incident.application.NewIncident;
import vn.smartcity.ioc.incident.domain.Location;
import vn.smartcity.ioc.incident.domain.SourceKind;

/** /console/incidents/new.xhtml: an operator opens an incident (a phone call, something seen on a camera). */
@Named
@RequestScoped
public class NewIncidentBacking {

    @Inject
    IncidentWorkflow workflow;

    private String categoryCode;
    private String wardCode;
    private String title;
    private String description;
    private String address;

    public void create() throws IOException {
        try {
            IncidentView opened = workflow.open(new NewIncident(SourceKind.OPERATOR,
                    FacesContext.getCurrentInstance().getExternalContext().getRemoteUser(), title, description,
                    categoryCode, new Location(wardCode, address, null, null)));
            ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
            context.redirect(context.getRequestContextPath() + "/console/incidents/incident.xhtml?id=" + opened.id());
        } catch (IncidentRefusedException | IllegalArgumentException e) {
            Messages.error("incident.invalid", Messages.why(e));
        }
    }

    public String getCategoryCode() { return categoryCode; }
    public void setCategoryCode(String categoryCode) { this.categoryCode = categoryCode; }
    public String getWardCode() { return wardCode; }
    public void setWardCode(String wardCode) { this.wardCode = wardCode; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
}
