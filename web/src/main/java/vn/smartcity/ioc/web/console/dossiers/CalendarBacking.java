package vn.smartcity.ioc.web.console.dossiers;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.dossier.application.DossierRefused;
import vn.smartcity.ioc.dossier.application.WorkingCalendars;
import vn.smartcity.ioc.dossier.domain.CalendarDay;
import vn.smartcity.ioc.dossier.domain.DayRule;
import vn.smartcity.ioc.dossier.domain.WorkingCalendar;
import vn.smartcity.ioc.web.shared.Messages;

/**
 * /console/dossiers/calendar.xhtml (administrators): the days off and worked weekend days of a year. View-scoped, with
 * the year's days kept as shown: a Remove button names the row it was rendered on, whatever changed meanwhile.
 */
@Named("calendar")
@ViewScoped
public class CalendarBacking implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WorkingCalendars calendars;

    private int year = LocalDate.now(WorkingCalendar.VIETNAM).getYear();
    private String date;
    private String kind = DayRule.Kind.DAY_OFF.name();
    private String nameVi;
    private String nameEn;
    private List<Day> days;

    /** A day as the page shows it. */
    public record Day(LocalDate date, DayRule.Kind kind, String nameVi, String nameEn, boolean confirmed)
            implements java.io.Serializable {
        static Day of(CalendarDay d) {
            return new Day(d.getDate(), d.getKind(), d.getNameVi(), d.getNameEn(), d.isConfirmed());
        }
    }

    public List<Day> getDays() {
        if (days == null) {
            days = calendars.year(year).stream().map(Day::of).toList();
        }
        return days;
    }

    public void save() {
        try {
            LocalDate day = date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
            calendars.set(day, DayRule.Kind.valueOf(kind), nameVi, nameEn);
            Messages.info("calendar.saved", String.valueOf(day));
            year = day.getYear();
            days = null;
        } catch (DateTimeParseException | IllegalArgumentException e) {
            Messages.error("calendar.refused", String.valueOf(date));
        } catch (DossierRefused e) {
            Messages.refused("calendar.refused", e);
        }
    }

    public void remove(String day) {
        try {
            calendars.remove(LocalDate.parse(day));
            Messages.info("calendar.removed", day);
            days = null;
        } catch (DossierRefused e) {
            Messages.refused("calendar.refused", e);
        }
    }

    public DayRule.Kind[] getKinds() {
        return DayRule.Kind.values();
    }

    public int getYear() { return year; }
    public void setYear(int year) {
        int y = Math.max(2000, Math.min(2100, year));
        if (y != this.year) {
            days = null;
        }
        this.year = y;
    }
    public String getDate() { return date; }
    public void setDate(String date) { this.date = date; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getNameVi() { return nameVi; }
    public void setNameVi(String nameVi) { this.nameVi = nameVi; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
}
