package vn.smartcity.ioc.web.console.audit;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.audit.application.AuditEntry;
import vn.smartcity.ioc.audit.application.AuditTrail;

/** /console/audit/index.xhtml: the latest changes. */
@Named
@RequestScoped
public class AuditBacking {

    static final int SHOWN = 200;

    @Inject
    AuditTrail trail;

    @Inject
    vn.smartcity.ioc.audit.application.Downloads downloads;

    private List<AuditEntry> entries;

    public List<vn.smartcity.ioc.audit.domain.Download> getDownloads() {
        return downloads.latest(SHOWN);
    }

    public List<AuditEntry> getEntries() {
        if (entries == null) {
            entries = trail.latest(SHOWN);
        }
        return entries;
    }
}
