package vn.smartcity.ioc.web.console.alerts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.camera.application.AlertRefusedException;
import vn.smartcity.ioc.camera.application.DetectionRules;
import vn.smartcity.ioc.camera.domain.DetectionRule;
import vn.smartcity.ioc.camera.domain.RuleKind;
import vn.smartcity.ioc.camera.domain.RuleSettings;
import vn.smartcity.ioc.camera.domain.Severity;
import vn.smartcity.ioc.web.shared.Messages;

/**
 * /console/alerts/rules: the rules that raise camera alerts; supervisors and administrators add one or change
 * one (?code=...). Times are typed as HH:mm in Vietnam's local time; every change is a new version.
 */
@Named("rules")
@RequestScoped
public class RulesBacking {

    @Inject
    DetectionRules rules;

    private List<DetectionRule> all;
    private String code;
    private Long id;
    private int version;
    private String name;
    private RuleKind kind = RuleKind.PRESENCE;
    private String cameraCode;
    private String zone;
    private String labels;
    private String from;
    private String to;
    private Double minScore;
    private Integer minDurationSeconds;
    private Integer minCount;
    private Severity severity = Severity.WARNING;
    private String categoryCode = "public-order";
    private boolean active = true;

    /** Fills the form from the rule named by ?code=, if any. */
    public void load() {
        if (code == null || id != null) {
            return;
        }
        getAll().stream().filter(r -> r.getCode().equals(code)).findFirst().ifPresent(r -> {
            id = r.getId();
            version = r.getVersion();
            name = r.getName();
            kind = r.getKind();
            cameraCode = r.getCameraCode();
            zone = r.getZone();
            labels = r.getLabels();
            from = clock(r.getFromMinute());
            to = clock(r.getToMinute());
            minScore = r.getMinScore();
            minDurationSeconds = r.getMinDurationSeconds();
            minCount = r.getMinCount();
            severity = r.getSeverity();
            categoryCode = r.getCategoryCode();
            active = r.isActive();
        });
    }

    public String save() {
        try {
            RuleSettings settings = new RuleSettings(name, kind, cameraCode, zone, labelList(), minute(from), minute(to),
                    minScore, minDurationSeconds, minCount, severity, categoryCode, active);
            DetectionRule saved = id == null ? rules.create(code == null ? null : code.strip(), settings)
                    : rules.change(id, version, settings);
            Messages.info("rules.saved", saved.getCode() + " v" + saved.getVersion());
            return "/console/alerts/rules?faces-redirect=true&code=" + saved.getCode();
        } catch (AlertRefusedException | IllegalArgumentException e) {
            Messages.error("rules.refused", Messages.why(e));
        } catch (EJBException e) {
            Messages.error("rules.refused", Messages.why(e));
        }
        return null;
    }

    private List<String> labelList() {
        return labels == null ? List.of() : Arrays.stream(labels.toLowerCase(Locale.ROOT).split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static Integer minute(String hhmm) {
        if (hhmm == null || hhmm.isBlank()) {
            return null;
        }
        String[] parts = hhmm.strip().split(":");
        try {
            int h = Integer.parseInt(parts[0]);
            int m = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            if (parts.length > 2 || h < 0 || h > 23 || m < 0 || m > 59) {
                throw new NumberFormatException();
            }
            return h * 60 + m;
        } catch (NumberFormatException e) {
            throw new vn.smartcity.ioc.shared.domain.Invalid("camera.timeOfDay", hhmm);
        }
    }

    static String clock(Integer minute) {
        return minute == null ? null : String.format("%02d:%02d", minute / 60, minute % 60);
    }

    public List<DetectionRule> getAll() {
        if (all == null) {
            all = rules.all();
        }
        return all;
    }

    public String window(DetectionRule r) {
        return r.getFromMinute() == null ? "" : clock(r.getFromMinute()) + "–" + clock(r.getToMinute());
    }

    public RuleKind[] getKinds() { return RuleKind.values(); }
    public Severity[] getSeverities() { return Severity.values(); }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public RuleKind getKind() { return kind; }
    public void setKind(RuleKind kind) { this.kind = kind; }
    public String getCameraCode() { return cameraCode; }
    public void setCameraCode(String cameraCode) { this.cameraCode = cameraCode; }
    public String getZone() { return zone; }
    public void setZone(String zone) { this.zone = zone; }
    public String getLabels() { return labels; }
    public void setLabels(String labels) { this.labels = labels; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public Double getMinScore() { return minScore; }
    public void setMinScore(Double minScore) { this.minScore = minScore; }
    public Integer getMinDurationSeconds() { return minDurationSeconds; }
    public void setMinDurationSeconds(Integer v) { this.minDurationSeconds = v; }
    public Integer getMinCount() { return minCount; }
    public void setMinCount(Integer minCount) { this.minCount = minCount; }
    public Severity getSeverity() { return severity; }
    public void setSeverity(Severity severity) { this.severity = severity; }
    public String getCategoryCode() { return categoryCode; }
    public void setCategoryCode(String categoryCode) { this.categoryCode = categoryCode; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
