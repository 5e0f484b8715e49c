package vn.smartcity.ioc.web.console.security;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.secmon.application.SecurityEventRetention;
import vn.smartcity.ioc.secmon.application.SecurityMonitor;
import vn.smartcity.ioc.secmon.domain.SecurityAlert;
import vn.smartcity.ioc.secmon.domain.SecurityAsset;
import vn.smartcity.ioc.secmon.domain.SecurityEvent;
import vn.smartcity.ioc.secmon.domain.SecurityRule;
import vn.smartcity.ioc.secmon.infrastructure.SyslogListener;
import vn.smartcity.ioc.web.shared.Messages;

/**
 * /console/security: what the syslog receiver took in, the alerts, event search (GET parameters host, from, to
 * in Vietnam's time yyyy-MM-ddTHH:mm, level, text), the rules and the assets; administrators add or change a
 * rule (?rule=…) or an asset.
 */
@Named("security")
@RequestScoped
public class SecurityBacking {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    SecurityMonitor monitor;

    @Inject
    SyslogListener listener;

    @Inject
    SecurityEventRetention retention;

    private String host;
    private String from;
    private String to;
    private Integer level;
    private String text;
    private List<SecurityEvent> events;

    // rule form
    private String rule;
    private Long ruleId;
    private int ruleVersion;
    private String ruleCode;
    private String ruleName;
    private SecurityRule.Kind kind = SecurityRule.Kind.MATCH;
    private int ruleLevel = 5;
    private String field = "message";
    private String pattern;
    private String groupBy;
    private String distinctField;
    private int threshold = 1;
    private int windowSeconds = 60;
    private int suppressSeconds = 300;
    private boolean active = true;

    // asset form
    private String assetHost;
    private String assetName;
    private String assetOwner;
    private SecurityAsset.Criticality criticality = SecurityAsset.Criticality.MEDIUM;

    public void load() {
        if (rule != null && ruleId == null) {
            monitor.rules().stream().filter(r -> r.getCode().equals(rule)).findFirst().ifPresent(r -> {
                ruleId = r.getId();
                ruleVersion = r.getVersion();
                ruleCode = r.getCode();
                ruleName = r.getName();
                kind = r.getKind();
                ruleLevel = r.getLevel();
                field = r.getFieldName();
                pattern = r.getPattern();
                groupBy = r.getGroupBy();
                distinctField = r.getDistinctField();
                threshold = r.getThreshold();
                windowSeconds = r.getWindowSeconds();
                suppressSeconds = r.getSuppressSeconds();
                active = r.isActive();
            });
        }
    }

    public SyslogListener.Counters getCounters() {
        return listener.counters();
    }

    public List<SecurityEvent> getEvents() {
        if (events == null) {
            try {
                events = monitor.search(host, time(from), time(to), level, text, 200);
            } catch (IllegalArgumentException e) {
                Messages.error("security.refused", Messages.why(e));
                events = List.of();
            }
        }
        return events;
    }

    public List<SecurityAlert> getAlerts() {
        return monitor.alerts(50);
    }

    public List<SecurityRule> getRules() {
        return monitor.rules();
    }

    public List<SecurityAsset> getAssets() {
        return monitor.assets();
    }

    public String saveRule() {
        try {
            SecurityRule r = monitor.saveRule(ruleId, ruleVersion, ruleCode, ruleName, kind, ruleLevel, field, pattern,
                    groupBy, distinctField, threshold, windowSeconds, suppressSeconds, active);
            Messages.info("security.saved", r.getCode() + " v" + r.getVersion());
            return redirect("rule=" + r.getCode());
        } catch (SecurityMonitor.Refused | EJBException e) {
            Messages.refused("security.refused", e);
        }
        return null;
    }

    public String saveAsset() {
        try {
            SecurityAsset a = monitor.saveAsset(assetHost, assetName, assetOwner, criticality);
            Messages.info("security.saved", a.getHost());
            return redirect("");
        } catch (SecurityMonitor.Refused | EJBException e) {
            Messages.refused("security.refused", e);
        }
        return null;
    }

    private static String redirect(String params) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/console/security/index?faces-redirect=true" + (params.isEmpty() ? "" : "&" + params);
    }

    static Instant time(String local) {
        if (local == null || local.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(local.strip()).atZone(VIETNAM).toInstant();
        } catch (DateTimeParseException e) {
            throw new vn.smartcity.ioc.shared.domain.Invalid("secmon.localTime", local);
        }
    }

    public SecurityRule.Kind[] getKinds() { return SecurityRule.Kind.values(); }
    public SecurityAsset.Criticality[] getCriticalities() { return SecurityAsset.Criticality.values(); }
    public List<String> getFields() { return SecurityRule.FIELDS.stream().sorted().toList(); }
    /** How many days received events are kept (IOC_SECMON_RETENTION_DAYS). */
    public int getRetentionDays() {
        return retention.days();
    }

    /** Administrators: deletes the events past their retention now (the nightly purge does it too). */
    public void purge() {
        Messages.info("security.purged", Messages.text("security.purgedCount", retention.now()));
    }

    public String getHost() { return host; }
    public void setHost(String host) { this.host = host; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public Integer getLevel() { return level; }
    public void setLevel(Integer level) { this.level = level; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getRule() { return rule; }
    public void setRule(String rule) { this.rule = rule; }
    public Long getRuleId() { return ruleId; }
    public void setRuleId(Long v) { this.ruleId = v; }
    public int getRuleVersion() { return ruleVersion; }
    public void setRuleVersion(int v) { this.ruleVersion = v; }
    public String getRuleCode() { return ruleCode; }
    public void setRuleCode(String v) { this.ruleCode = v; }
    public String getRuleName() { return ruleName; }
    public void setRuleName(String v) { this.ruleName = v; }
    public SecurityRule.Kind getKind() { return kind; }
    public void setKind(SecurityRule.Kind v) { this.kind = v; }
    public int getRuleLevel() { return ruleLevel; }
    public void setRuleLevel(int v) { this.ruleLevel = v; }
    public String getField() { return field; }
    public void setField(String v) { this.field = v; }
    public String getPattern() { return pattern; }
    public void setPattern(String v) { this.pattern = v; }
    public String getGroupBy() { return groupBy; }
    public void setGroupBy(String v) { this.groupBy = v; }
    public String getDistinctField() { return distinctField; }
    public void setDistinctField(String v) { this.distinctField = v; }
    public int getThreshold() { return threshold; }
    public void setThreshold(int v) { this.threshold = v; }
    public int getWindowSeconds() { return windowSeconds; }
    public void setWindowSeconds(int v) { this.windowSeconds = v; }
    public int getSuppressSeconds() { return suppressSeconds; }
    public void setSuppressSeconds(int v) { this.suppressSeconds = v; }
    public boolean isActive() { return active; }
    public void setActive(boolean v) { this.active = v; }
    public String getAssetHost() { return assetHost; }
    public void setAssetHost(String v) { this.assetHost = v; }
    public String getAssetName() { return assetName; }
    public void setAssetName(String v) { this.assetName = v; }
    public String getAssetOwner() { return assetOwner; }
    public void setAssetOwner(String v) { this.assetOwner = v; }
    public SecurityAsset.Criticality getCriticality() { return criticality; }
    public void setCriticality(SecurityAsset.Criticality v) { this.criticality = v; }
}
