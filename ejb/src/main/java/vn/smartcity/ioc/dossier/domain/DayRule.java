package vn.smartcity.ioc.dossier.domain;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A day of the year that does not follow the week: a public holiday or a day off moved by the government (a
 * weekday off), or a weekend day worked in exchange (a make-up working Saturday). Administrators enter them each
 * year, as the government announces them (Tết and the Hùng Kings' day follow the lunar calendar).
 *
 * @param name what the day is, in Vietnamese and English ("Tết Nguyên đán", "Lunar New Year")
 */
public record DayRule(LocalDate date, Kind kind, String nameVi, String nameEn) implements Serializable {

    public enum Kind {
        /** No office work that day (a holiday, a day off moved to bridge one). */
        DAY_OFF,
        /** A weekend day worked in exchange for a day off. */
        WORKING_DAY
    }
}
