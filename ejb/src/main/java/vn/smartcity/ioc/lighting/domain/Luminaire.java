package vn.smartcity.ioc.lighting.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.smartcity.ioc.shared.domain.Invalid;

/**
 * A luminaire (đèn chiếu sáng; FIWARE Streetlight): where it stands, what it is (model, technology, rated power,
 * dimmable), what it hangs on (cabinet, gateway address, group), and what it last reported (lamp on or off, level,
 * power, lifetime energy, operating hours, the failure flags of TALQ's lamp monitor). Reports older than the last
 * one change nothing: a gateway re-sends what the IOC did not acknowledge after an outage.
 */
@Entity
@Table(name = "luminaire")
public class Luminaire {

    /** The lamp's state as last reported. */
    public enum PowerState { UNKNOWN, ON, OFF }

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Column(name = "latitude", nullable = false)
    private double latitude;

    @Column(name = "longitude", nullable = false)
    private double longitude;

    @Column(name = "ward_code", length = 20)
    private String wardCode;

    @Column(name = "road", length = 200)
    private String road;

    @Column(name = "model_name", length = 100)
    private String model;

    @Column(name = "lamp_technology", nullable = false, length = 10)
    private String lampTechnology;

    @Column(name = "power_rating_w", nullable = false)
    private int powerRatingW;

    @Column(name = "dimmable", nullable = false)
    private boolean dimmable;

    @Column(name = "cabinet_code", length = 40)
    private String cabinetCode;

    @Column(name = "gateway", nullable = false, length = 40)
    private String gateway;

    @Column(name = "group_code", length = 40)
    private String groupCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "power_state", nullable = false, length = 8)
    private PowerState powerState = PowerState.UNKNOWN;

    @Column(name = "dim_level")
    private Integer level;

    @Column(name = "power_w")
    private Double powerW;

    @Column(name = "energy_wh")
    private Double energyWh;

    @Column(name = "operating_hours")
    private Double operatingHours;

    @Column(name = "lamp_failure", nullable = false)
    private boolean lampFailure;

    @Column(name = "dimming_failure", nullable = false)
    private boolean dimmingFailure;

    @Column(name = "supply_loss", nullable = false)
    private boolean supplyLoss;

    @Column(name = "reported_at")
    private Instant reportedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Luminaire() {
    }

    public Luminaire(String code, double latitude, double longitude, String wardCode, String road, String model,
            String lampTechnology, int powerRatingW, boolean dimmable, String cabinetCode, String gateway, String groupCode) {
        this.code = LightingCodes.check(code, "lighting.luminaireCode");
        describe(latitude, longitude, wardCode, road, model, lampTechnology, powerRatingW, dimmable, cabinetCode, gateway, groupCode);
    }

    /** What the asset register says of the luminaire (an import updates it); what it reported stays. */
    public final void describe(double latitude, double longitude, String wardCode, String road, String model,
            String lampTechnology, int powerRatingW, boolean dimmable, String cabinetCode, String gateway, String groupCode) {
        checkPlace(latitude, longitude);
        if (powerRatingW <= 0 || powerRatingW > 2000) {
            throw new Invalid("lighting.powerRating", code);
        }
        String technology = lampTechnology == null || lampTechnology.isBlank() ? "LED" : lampTechnology.strip().toUpperCase(java.util.Locale.ROOT);
        if (!technology.matches("LED|LPS|HPS|MH|CFL")) {
            throw new Invalid("lighting.technology", technology);
        }
        String r = blankToNull(road);
        String m = blankToNull(model);
        if ((r != null && r.length() > 200) || (m != null && m.length() > 100)) {
            throw new Invalid("lighting.name");
        }
        this.latitude = latitude;
        this.longitude = longitude;
        this.wardCode = blankToNull(wardCode);
        this.road = r;
        this.model = m;
        this.lampTechnology = technology;
        this.powerRatingW = powerRatingW;
        this.dimmable = dimmable;
        this.cabinetCode = cabinetCode == null || cabinetCode.isBlank() ? null : LightingCodes.check(cabinetCode, "lighting.cabinetCode");
        this.gateway = LightingCodes.check(gateway, "lighting.gateway");
        this.groupCode = groupCode == null || groupCode.isBlank() ? null : LightingCodes.check(groupCode, "lighting.groupCode");
    }

    static void checkPlace(double latitude, double longitude) {
        // Vietnam and its waters, with a margin
        if (!(latitude >= 8 && latitude <= 24 && longitude >= 102 && longitude <= 110)) {
            throw new Invalid("lighting.place", String.valueOf(latitude), String.valueOf(longitude));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * Takes a reading. Returns false when it is not newer than the last one taken (a re-sent report): nothing changes.
     */
    public boolean report(TelemetryReading r) {
        if (reportedAt != null && !r.at().isAfter(reportedAt)) {
            return false;
        }
        if (r.on() != null) {
            powerState = r.on() ? PowerState.ON : PowerState.OFF;
        }
        if (r.level() != null) {
            level = r.level();
        }
        if (r.powerW() != null) {
            powerW = r.powerW();
        }
        if (r.energyWh() != null) {
            energyWh = r.energyWh();
        }
        if (r.operatingHours() != null) {
            operatingHours = r.operatingHours();
        }
        if (r.lampFailure() != null) {
            lampFailure = r.lampFailure();
        }
        if (r.dimmingFailure() != null) {
            dimmingFailure = r.dimmingFailure();
        }
        if (r.supplyLoss() != null) {
            supplyLoss = r.supplyLoss();
        }
        reportedAt = r.at();
        return true;
    }

    public LuminairePlace place(String calendarCode) {
        return new LuminairePlace(code, groupCode, wardCode, calendarCode, latitude, longitude);
    }

    public String getCode() { return code; }
    public double getLatitude() { return latitude; }
    public double getLongitude() { return longitude; }
    public String getWardCode() { return wardCode; }
    public String getRoad() { return road; }
    public String getModel() { return model; }
    public String getLampTechnology() { return lampTechnology; }
    public int getPowerRatingW() { return powerRatingW; }
    public boolean isDimmable() { return dimmable; }
    public String getCabinetCode() { return cabinetCode; }
    public String getGateway() { return gateway; }
    public String getGroupCode() { return groupCode; }
    public PowerState getPowerState() { return powerState; }
    public Integer getLevel() { return level; }
    public Double getPowerW() { return powerW; }
    public Double getEnergyWh() { return energyWh; }
    public Double getOperatingHours() { return operatingHours; }
    public boolean isLampFailure() { return lampFailure; }
    public boolean isDimmingFailure() { return dimmingFailure; }
    public boolean isSupplyLoss() { return supplyLoss; }
    public Instant getReportedAt() { return reportedAt; }
}
