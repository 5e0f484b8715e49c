package vn.smartcity.ioc.web.console.lighting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.lighting.application.LightingControl;
import vn.smartcity.ioc.lighting.application.LightingRefused;
import vn.smartcity.ioc.lighting.domain.AstronomicalClock;
import vn.smartcity.ioc.lighting.domain.CalendarRule;
import vn.smartcity.ioc.lighting.domain.ControlProgram;
import vn.smartcity.ioc.lighting.domain.LightingCalendar;
import vn.smartcity.ioc.lighting.domain.LightingLevel;
import vn.smartcity.ioc.lighting.domain.SpecialDay;
import vn.smartcity.ioc.web.shared.Messages;

/**
 * /console/lighting/programs.xhtml: the programs, calendars and special days (supervisors and administrators change
 * them; every gateway then gets its schedule again), and the preview of a calendar's day at a luminaire's place.
 * View-scoped: a Remove button names the special day it was rendered on.
 */
@Named("lightingPrograms")
@ViewScoped
public class LightingProgramsBacking implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LightingControl control;

    private String programCode;
    private String programNameVi;
    private String programNameEn;
    private String points;
    private String calendarCode;
    private String calendarNameVi;
    private String calendarNameEn;
    private String rules;
    private String dayDate;
    private String dayCalendar;
    private String dayNameVi;
    private String dayNameEn;
    private String dayProgram = "P-FESTIVAL";
    private String previewCalendar = "CAL-CITY";
    private String previewDay = LocalDate.now(AstronomicalClock.VIETNAM).toString();
    private String previewLuminaire;

    private transient List<ControlProgram> programs;
    private transient List<LightingCalendar> calendars;
    private transient List<SpecialDay> specialDays;

    private Boolean readable;

    public boolean isReadable() {
        if (readable == null) {
            readable = control.readable();
        }
        return readable;
    }

    public List<ControlProgram> getPrograms() {
        if (programs == null) {
            programs = control.programs();
        }
        return programs;
    }

    public List<LightingCalendar> getCalendars() {
        if (calendars == null) {
            calendars = control.calendars();
        }
        return calendars;
    }

    public List<SpecialDay> getSpecialDays() {
        if (specialDays == null) {
            specialDays = control.specialDays(LocalDate.now(AstronomicalClock.VIETNAM).minusDays(7));
        }
        return specialDays;
    }

    /** A calendar's lines as the form takes them. */
    public String lines(LightingCalendar c) {
        return c.getRules().stream().map(CalendarRule::toString).collect(Collectors.joining("\n"));
    }

    /** Fills the program form from a program of the list (?program=CODE). */
    public void setEditProgram(String code) {
        getPrograms().stream().filter(p -> p.getCode().equals(code)).findFirst().ifPresent(p -> {
            programCode = p.getCode();
            programNameVi = p.getNameVi();
            programNameEn = p.getNameEn();
            points = p.getPoints();
        });
    }

    public String getEditProgram() {
        return programCode;
    }

    /** Fills the calendar form from a calendar of the list (?calendar=CODE). */
    public void setEditCalendar(String code) {
        getCalendars().stream().filter(c -> c.getCode().equals(code)).findFirst().ifPresent(c -> {
            calendarCode = c.getCode();
            calendarNameVi = c.getNameVi();
            calendarNameEn = c.getNameEn();
            rules = lines(c);
        });
    }

    public String getEditCalendar() {
        return calendarCode;
    }

    public void saveProgram() {
        try {
            control.saveProgram(programCode, programNameVi, programNameEn, points);
            Messages.info("lighting.programSaved", programCode);
            programs = null;
        } catch (LightingRefused e) {
            Messages.refused("lighting.programRefused", e);
        }
    }

    public void saveCalendar() {
        try {
            control.saveCalendar(calendarCode, calendarNameVi, calendarNameEn, rules == null ? "" : rules);
            Messages.info("lighting.calendarSaved", calendarCode);
            calendars = null;
        } catch (LightingRefused e) {
            Messages.refused("lighting.calendarRefused", e);
        }
    }

    public void addSpecialDay() {
        try {
            control.addSpecialDay(dayDate == null || dayDate.isBlank() ? null : LocalDate.parse(dayDate.strip()), dayCalendar,
                    dayNameVi, dayNameEn, dayProgram);
            Messages.info("lighting.specialDaySaved", dayDate);
            specialDays = null;
        } catch (DateTimeParseException e) {
            Messages.error("lighting.specialDayRefused", String.valueOf(dayDate));
        } catch (LightingRefused e) {
            Messages.refused("lighting.specialDayRefused", e);
        }
    }

    public void removeSpecialDay(long id) {
        try {
            control.removeSpecialDay(id);
            Messages.info("lighting.specialDayRemoved", String.valueOf(id));
            specialDays = null;
        } catch (LightingRefused e) {
            Messages.refused("lighting.specialDayRefused", e);
        }
    }

    public List<LightingLevel> getPreview() {
        try {
            return control.preview(previewCalendar, LocalDate.parse(previewDay), previewLuminaire);
        } catch (DateTimeParseException e) {
            Messages.error("lighting.refused", previewDay);
        } catch (LightingRefused e) {
            Messages.refused("lighting.refused", e);
        }
        return List.of();
    }

    public String getProgramCode() { return programCode; }
    public void setProgramCode(String v) { programCode = v; }
    public String getProgramNameVi() { return programNameVi; }
    public void setProgramNameVi(String v) { programNameVi = v; }
    public String getProgramNameEn() { return programNameEn; }
    public void setProgramNameEn(String v) { programNameEn = v; }
    public String getPoints() { return points; }
    public void setPoints(String v) { points = v; }
    public String getCalendarCode() { return calendarCode; }
    public void setCalendarCode(String v) { calendarCode = v; }
    public String getCalendarNameVi() { return calendarNameVi; }
    public void setCalendarNameVi(String v) { calendarNameVi = v; }
    public String getCalendarNameEn() { return calendarNameEn; }
    public void setCalendarNameEn(String v) { calendarNameEn = v; }
    public String getRules() { return rules; }
    public void setRules(String v) { rules = v; }
    public String getDayDate() { return dayDate; }
    public void setDayDate(String v) { dayDate = v; }
    public String getDayCalendar() { return dayCalendar; }
    public void setDayCalendar(String v) { dayCalendar = v; }
    public String getDayNameVi() { return dayNameVi; }
    public void setDayNameVi(String v) { dayNameVi = v; }
    public String getDayNameEn() { return dayNameEn; }
    public void setDayNameEn(String v) { dayNameEn = v; }
    public String getDayProgram() { return dayProgram; }
    public void setDayProgram(String v) { dayProgram = v; }
    public String getPreviewCalendar() { return previewCalendar; }
    public void setPreviewCalendar(String v) { previewCalendar = v; }
    public String getPreviewDay() { return previewDay; }
    public void setPreviewDay(String v) { previewDay = v == null || v.isBlank() ? previewDay : v; }
    public String getPreviewLuminaire() { return previewLuminaire; }
    public void setPreviewLuminaire(String v) { previewLuminaire = v; }
}
