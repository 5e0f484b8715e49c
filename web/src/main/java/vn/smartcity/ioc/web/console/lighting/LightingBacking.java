package vn.smartcity.ioc.web.console.lighting;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import vn.smartcity.ioc.lighting.application.LightingAssets;
import vn.smartcity.ioc.lighting.application.LightingControl;
import vn.smartcity.ioc.lighting.application.LightingRefused;
import vn.smartcity.ioc.lighting.domain.AstronomicalClock;
import vn.smartcity.ioc.lighting.domain.GatewayCommand;
import vn.smartcity.ioc.lighting.domain.LightingFault;
import vn.smartcity.ioc.lighting.domain.LightingGroup;
import vn.smartcity.ioc.lighting.domain.LightingLevel;
import vn.smartcity.ioc.lighting.domain.LightingOverride;
import vn.smartcity.ioc.lighting.infrastructure.LightingDeadLetters;
import vn.smartcity.ioc.web.shared.Messages;

/**
 * /console/lighting/index.xhtml: the figures of the lighting, the luminaires (filter by ward and group, 50 a page)
 * with the level the plan gives now and what each reported, a luminaire's curve for a day, the open faults, the
 * overrides (operators, supervisors, administrators add and end them) and the CSV imports of the register
 * (supervisors, administrators). View-scoped: an End button names the override it was rendered on.
 */
@Named("lighting")
@ViewScoped
public class LightingBacking implements java.io.Serializable {

    private static final long serialVersionUID = 1L;
    static final long MAX_FILE = 16L * 1024 * 1024;

    @Inject
    LightingControl control;

    @Inject
    LightingAssets assets;

    @Inject
    LightingDeadLetters letters;

    private String ward;
    private String group;
    private int page;
    private String luminaire;
    private String day = LocalDate.now(AstronomicalClock.VIETNAM).toString();
    private String target = LightingOverride.Target.GROUP.name();
    private String targetCode;
    private int level = 100;
    private String until;
    private String reason;
    private String importKind = "luminaires";
    private transient Part file;

    private transient LightingControl.Overview overview;
    private transient List<LightingControl.Row> rows;
    private transient List<LightingFault> faults;
    private transient List<LightingOverride> overrides;
    private transient List<LightingGroup> groups;
    private transient List<GatewayCommand> commands;
    private transient LightingDeadLetters.Page deadLetters;

    private Boolean readable;
    private transient Long count;

    /** Whether the page may show the lighting to this staff member (else it says who maintains it). */
    public boolean isReadable() {
        if (readable == null) {
            readable = control.readable();
        }
        return readable;
    }

    public String getMaintainer() {
        return control.maintainer();
    }

    public LightingControl.Overview getOverview() {
        if (overview == null) {
            overview = control.overview();
        }
        return overview;
    }

    public List<LightingControl.Row> getRows() {
        if (rows == null) {
            rows = control.luminaires(ward, group, page);
        }
        return rows;
    }

    public long getCount() {
        if (count == null) {
            count = control.countLuminaires(ward, group);
        }
        return count;
    }

    public List<LightingFault> getFaults() {
        if (faults == null) {
            faults = control.openFaults();
        }
        return faults;
    }

    public List<LightingOverride> getOverrides() {
        if (overrides == null) {
            overrides = control.overrides();
        }
        return overrides;
    }

    /** The curve of the luminaire asked for, on the day asked for (empty without a luminaire). */
    public List<LightingLevel> getCurve() {
        if (luminaire == null || luminaire.isBlank()) {
            return List.of();
        }
        try {
            return control.curve(luminaire.strip(), LocalDate.parse(day));
        } catch (DateTimeParseException e) {
            Messages.error("lighting.refused", day);
        } catch (LightingRefused e) {
            Messages.refused("lighting.refused", e);
        }
        return List.of();
    }

    public void addOverride() {
        try {
            LocalDateTime end = until == null || until.isBlank() ? null : LocalDateTime.parse(until.strip());
            long id = control.override(LightingOverride.Target.valueOf(target), targetCode == null ? null : targetCode.strip(),
                    level, null, end == null ? null : end.atZone(AstronomicalClock.VIETNAM).toInstant(), reason);
            Messages.info("lighting.overrideAdded", "#" + id);
            overrides = null;
            rows = null;
            overview = null;
            commands = null;
        } catch (DateTimeParseException | IllegalArgumentException e) {
            Messages.error("lighting.overrideRefused", String.valueOf(until));
        } catch (LightingRefused e) {
            Messages.refused("lighting.overrideRefused", e);
        }
    }

    public void endOverride(long id) {
        try {
            control.end(id);
            Messages.info("lighting.overrideEnded", "#" + id);
            overrides = null;
            commands = null;
            rows = null;
        } catch (LightingRefused e) {
            Messages.refused("lighting.overrideRefused", e);
        }
    }

    public void importFile() {
        if (file == null || file.getSize() == 0) {
            Messages.error("lighting.importRefused", Messages.text("lighting.noFile"));
            return;
        }
        if (file.getSize() > MAX_FILE) {
            Messages.error("lighting.importRefused", Messages.text("lighting.fileTooBig", MAX_FILE / 1024 / 1024));
            return;
        }
        String text;
        try (InputStream in = file.getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            Messages.error("lighting.importRefused", Messages.text("lighting.noFile"));
            return;
        }
        try {
            LightingAssets.Imported done = switch (importKind) {
                case "groups" -> assets.importGroups(text);
                case "cabinets" -> assets.importCabinets(text);
                default -> assets.importLuminaires(text);
            };
            Messages.info("lighting.imported", Messages.text("lighting.importedCounts", done.created(), done.updated()));
            rows = null;
            overview = null;
        } catch (LightingRefused e) {
            Messages.refused("lighting.importRefused", e);
        }
    }

    /** The newest 20 unreadable gateway messages. */
    public LightingDeadLetters.Page getDeadLetters() {
        if (deadLetters == null) {
            try {
                deadLetters = letters.newest(20);
            } catch (jakarta.jms.JMSException e) {
                deadLetters = new LightingDeadLetters.Page(0, false, List.of());
            }
        }
        return deadLetters;
    }

    public List<GatewayCommand> getCommands() {
        if (commands == null) {
            commands = control.commands();
        }
        return commands;
    }

    public void pushSchedules() {
        Messages.info("lighting.schedulesQueued", String.valueOf(control.pushSchedules()));
        commands = null;
    }

    public List<LightingGroup> getGroups() {
        if (groups == null) {
            groups = control.groups();
        }
        return groups;
    }

    /** A luminaire's colour on the map: amber on, grey off, light grey not reported yet, red with a failure. */
    public String colour(vn.smartcity.ioc.lighting.domain.Luminaire l) {
        if (l.isLampFailure() || l.isSupplyLoss() || l.isDimmingFailure()) {
            return "#c62828";
        }
        return switch (l.getPowerState()) {
            case ON -> "#e0a800";
            case OFF -> "#555555";
            case UNKNOWN -> "#9e9e9e";
        };
    }

    public LightingOverride.Target[] getTargets() {
        return LightingOverride.Target.values();
    }

    public String getWard() { return ward; }
    public void setWard(String ward) { this.ward = ward; }
    public String getGroup() { return group; }
    public void setGroup(String group) { this.group = group; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = Math.max(0, page); }
    public String getLuminaire() { return luminaire; }
    public void setLuminaire(String luminaire) { this.luminaire = luminaire; }
    public String getDay() { return day; }
    public void setDay(String day) { this.day = day == null || day.isBlank() ? this.day : day; }
    public String getTarget() { return target; }
    public void setTarget(String target) { this.target = target; }
    public String getTargetCode() { return targetCode; }
    public void setTargetCode(String targetCode) { this.targetCode = targetCode; }
    public int getLevel() { return level; }
    public void setLevel(int level) { this.level = level; }
    public String getUntil() { return until; }
    public void setUntil(String until) { this.until = until; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getImportKind() { return importKind; }
    public void setImportKind(String importKind) { this.importKind = importKind; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
