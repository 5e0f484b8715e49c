package vn.smartcity.ioc.web.console.incidents;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.report.application.PhotoAccessLog;

/** /console/incidents/photo-access.xhtml?photo=…: the access log of one citizen's photo (web.xml: supervision roles). */
@Named
@RequestScoped
public class PhotoAccessBacking {

    @Inject
    PhotoAccessLog log;

    private Long photo;
    private List<PhotoAccessLog.Entry> entries;

    public List<PhotoAccessLog.Entry> getEntries() {
        if (entries == null) {
            entries = photo == null ? List.of() : log.of(photo);
        }
        return entries;
    }

    public Long getPhoto() { return photo; }
    public void setPhoto(Long photo) { this.photo = photo; }
}
