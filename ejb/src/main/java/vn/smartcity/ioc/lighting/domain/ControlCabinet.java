package vn.smartcity.ioc.lighting.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.smartcity.ioc.shared.domain.Invalid;

/**
 * A control cabinet (tủ điều khiển chiếu sáng; FIWARE StreetlightControlCabinet): the feeder and meter its
 * luminaires hang on. A cabinet without supply darkens all of them: one fault, not one per lamp.
 */
@Entity
@Table(name = "lighting_cabinet")
public class ControlCabinet {

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "latitude", nullable = false)
    private double latitude;

    @Column(name = "longitude", nullable = false)
    private double longitude;

    @Column(name = "ward_code", length = 20)
    private String wardCode;

    @Column(name = "feeder", length = 60)
    private String feeder;

    @Column(name = "meter", length = 60)
    private String meter;

    @Column(name = "gateway", length = 40)
    private String gateway;

    @Column(name = "supply_loss", nullable = false)
    private boolean supplyLoss;

    @Column(name = "reported_at")
    private Instant reportedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected ControlCabinet() {
    }

    public ControlCabinet(String code, String name, double latitude, double longitude, String wardCode,
            String feeder, String meter, String gateway) {
        this.code = LightingCodes.check(code, "lighting.cabinetCode");
        describe(name, latitude, longitude, wardCode, feeder, meter, gateway);
    }

    /** What the asset register says of the cabinet (an import updates it). */
    public final void describe(String name, double latitude, double longitude, String wardCode, String feeder,
            String meter, String gateway) {
        String n = name == null || name.isBlank() ? this.code : name.strip();
        if (n.length() > 200 || (feeder != null && feeder.length() > 60) || (meter != null && meter.length() > 60)) {
            throw new Invalid("lighting.name");
        }
        Luminaire.checkPlace(latitude, longitude);
        this.name = n;
        this.latitude = latitude;
        this.longitude = longitude;
        this.wardCode = wardCode == null || wardCode.isBlank() ? null : wardCode.strip();
        this.feeder = feeder == null || feeder.isBlank() ? null : feeder.strip();
        this.meter = meter == null || meter.isBlank() ? null : meter.strip();
        this.gateway = gateway == null || gateway.isBlank() ? null : LightingCodes.check(gateway, "lighting.gateway");
    }

    /** The cabinet's own report: whether its supply is there. Returns whether that changed. */
    public boolean report(boolean lost, Instant at) {
        if (reportedAt != null && at.isBefore(reportedAt)) {
            return false;
        }
        boolean changed = lost != supplyLoss;
        this.supplyLoss = lost;
        this.reportedAt = at;
        return changed;
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public double getLatitude() { return latitude; }
    public double getLongitude() { return longitude; }
    public String getWardCode() { return wardCode; }
    public String getFeeder() { return feeder; }
    public String getMeter() { return meter; }
    /** The gateway that reports for the cabinet (null: any gateway of the city may). */
    public String getGateway() { return gateway; }
    public boolean isSupplyLoss() { return supplyLoss; }
    public Instant getReportedAt() { return reportedAt; }
}
