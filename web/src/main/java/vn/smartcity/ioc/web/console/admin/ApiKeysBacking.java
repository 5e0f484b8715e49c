package vn.smartcity.ioc.web.console.admin;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.report.application.ApiClientView;
import vn.smartcity.ioc.report.application.ApiClients;
import vn.smartcity.ioc.report.application.ReportRefusedException;
import vn.smartcity.ioc.web.shared.Messages;

/** /console/admin/api-keys.xhtml: admins issue Open311 API keys (shown once) and revoke them. */
@Named("apiKeys")
@RequestScoped
public class ApiKeysBacking {

    @Inject
    ApiClients clients;

    private String name;
    private String issuedKey;
    private List<ApiClientView> all;

    public void issue() {
        try {
            issuedKey = clients.issue(name).key();
            name = null;
            all = null;
            Messages.info("admin.keys.issued");
        } catch (ReportRefusedException e) {
            Messages.error("admin.keys.nameRequired", null);
        }
    }

    public void revoke(long id) {
        clients.revoke(id);
        all = null;
        Messages.info("admin.keys.revoked");
    }

    public List<ApiClientView> getAll() {
        if (all == null) {
            all = clients.all();
        }
        return all;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getIssuedKey() { return issuedKey; }
}
