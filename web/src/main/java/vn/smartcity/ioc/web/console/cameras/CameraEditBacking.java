package vn.smartcity.ioc.web.console.cameras;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.camera.application.CameraAdministration;
import vn.smartcity.ioc.camera.application.CameraRefusedException;
import vn.smartcity.ioc.camera.application.CameraRegistry;
import vn.smartcity.ioc.camera.domain.Camera;
import vn.smartcity.ioc.camera.domain.CameraDetails;
import vn.smartcity.ioc.camera.domain.CameraKind;
import vn.smartcity.ioc.web.shared.Messages;

/**
 * /console/cameras/edit.xhtml[?code=…]: a camera's settings, place, stream and geometry. Everyone who watches
 * cameras sees them; supervisors and administrators add and change (CameraAdministration). The geometry is
 * drawn over the camera's latest snapshot (camera-geometry.js) and can be edited there or as JSON.
 */
@Named("cameraEdit")
@RequestScoped
public class CameraEditBacking {

    @Inject
    CameraAdministration administration;

    @Inject
    CameraRegistry registry;

    private String code;
    private Long id;
    private int version;
    private String name;
    private CameraKind kind = CameraKind.SECURITY;
    private String wardCode;
    private Double latitude;
    private Double longitude;
    private String address;
    private String streamUrl;
    private String externalName;
    private String direction;
    private Integer lanes;
    private Integer speedLimitKmh;
    private String geometry;
    private int retentionDaysSecurity = 30;
    private int retentionDaysTraffic = 365;
    private boolean active = true;
    private String changedBy;
    private String snapshot;
    private boolean loaded;

    /** Fills the form from the camera named by ?code=, if any (not on a postback: the posted values win). */
    public void load() {
        if (loaded || code == null || id != null) {
            return;
        }
        loaded = true;
        administration.find(code).ifPresent(c -> {
            id = c.getId();
            version = c.getVersion();
            CameraDetails d = c.details();
            name = d.name();
            kind = d.kind();
            wardCode = administration.wardCode(d.wardId());
            latitude = d.latitude();
            longitude = d.longitude();
            address = d.address();
            streamUrl = d.streamUrl();
            externalName = d.externalName();
            direction = d.direction();
            lanes = d.lanes();
            speedLimitKmh = d.speedLimitKmh();
            geometry = d.geometry();
            retentionDaysSecurity = d.retentionDaysSecurity();
            retentionDaysTraffic = d.retentionDaysTraffic();
            active = d.active();
            changedBy = c.getChangedBy();
        });
    }

    public String save() {
        try {
            CameraDetails details = new CameraDetails(name, kind, administration.wardId(wardCode), latitude, longitude, address, streamUrl,
                    externalName, direction, lanes, speedLimitKmh, geometry, retentionDaysSecurity,
                    retentionDaysTraffic, active);
            Camera saved = id == null ? administration.create(code, details) : administration.change(id, version, details);
            Messages.info("cameras.saved", saved.getCode() + " v" + saved.getVersion());
            // the message survives the redirect (Post-Redirect-Get)
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/console/cameras/edit?faces-redirect=true&code=" + saved.getCode();
        } catch (CameraRefusedException | IllegalArgumentException | EJBException e) {
            Messages.refused("cameras.refused", e);
        }
        return null;
    }

    /** The SHA-256 of the latest snapshot to draw the geometry on, or null. */
    public String getSnapshot() {
        if (snapshot == null && id != null && code != null) {
            snapshot = registry.latestSnapshot(code).orElse("");
        }
        return snapshot == null || snapshot.isEmpty() ? null : snapshot;
    }

    public CameraKind[] getKinds() { return CameraKind.values(); }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public CameraKind getKind() { return kind; }
    public void setKind(CameraKind kind) { this.kind = kind; }
    public String getWardCode() { return wardCode; }
    public void setWardCode(String wardCode) { this.wardCode = wardCode; }
    public Double getLatitude() { return latitude; }
    public void setLatitude(Double latitude) { this.latitude = latitude; }
    public Double getLongitude() { return longitude; }
    public void setLongitude(Double longitude) { this.longitude = longitude; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getStreamUrl() { return streamUrl; }
    public void setStreamUrl(String streamUrl) { this.streamUrl = streamUrl; }
    public String getExternalName() { return externalName; }
    public void setExternalName(String externalName) { this.externalName = externalName; }
    public String getDirection() { return direction; }
    public void setDirection(String direction) { this.direction = direction; }
    public Integer getLanes() { return lanes; }
    public void setLanes(Integer lanes) { this.lanes = lanes; }
    public Integer getSpeedLimitKmh() { return speedLimitKmh; }
    public void setSpeedLimitKmh(Integer speedLimitKmh) { this.speedLimitKmh = speedLimitKmh; }
    public String getGeometry() { return geometry; }
    public void setGeometry(String geometry) { this.geometry = geometry; }
    public int getRetentionDaysSecurity() { return retentionDaysSecurity; }
    public void setRetentionDaysSecurity(int days) { this.retentionDaysSecurity = days; }
    public int getRetentionDaysTraffic() { return retentionDaysTraffic; }
    public void setRetentionDaysTraffic(int days) { this.retentionDaysTraffic = days; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public String getChangedBy() { return changedBy; }
}
