package vn.smartcity.ioc.lighting.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.smartcity.ioc.shared.domain.Invalid;

/**
 * A lighting calendar (TALQ's calendar): which program runs on which date, as an ordered list of
 * {@link CalendarRule}s. Groups of luminaires follow a calendar; {@link SpecialDay}s come before it.
 */
@Entity
@Table(name = "lighting_calendar")
public class LightingCalendar {

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Column(name = "name_vi", nullable = false, length = 200)
    private String nameVi;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lighting_calendar_rule", joinColumns = @JoinColumn(name = "calendar_code"))
    @OrderColumn(name = "rule_position")
    private List<CalendarRule> rules = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected LightingCalendar() {
    }

    public LightingCalendar(String code, String nameVi, String nameEn, List<CalendarRule> rules) {
        this.code = LightingCodes.check(code, "lighting.calendarCode");
        change(nameVi, nameEn, rules);
    }

    public final void change(String nameVi, String nameEn, List<CalendarRule> rules) {
        LightingNames names = LightingNames.of(nameVi, nameEn);
        if (rules == null || rules.isEmpty() || rules.size() > 50) {
            throw new Invalid("lighting.rules");
        }
        this.nameVi = names.vi();
        this.nameEn = names.en();
        this.rules.clear();
        this.rules.addAll(rules);
    }

    /** The program of the first rule that matches the date. */
    public Optional<String> programOn(LocalDate date) {
        for (CalendarRule rule : rules) {
            if (rule.matches(date)) {
                return Optional.of(rule.getProgramCode());
            }
        }
        return Optional.empty();
    }

    public String getCode() { return code; }
    public String getNameVi() { return nameVi; }
    public String getNameEn() { return nameEn; }
    public List<CalendarRule> getRules() { return List.copyOf(rules); }
}
