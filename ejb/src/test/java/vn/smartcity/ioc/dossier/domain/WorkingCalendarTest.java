package vn.smartcity.ioc.dossier.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.smartcity.ioc.shared.domain.Invalid;

/**
 * Working-day arithmetic on a calendar like the ones administrators enter. The days off are those of a typical
 * year, not the government's announcements: Tết 2027 (the lunar new year is Saturday 6 February 2027) taken as
 * Thursday 4 to Wednesday 10 February; the Hùng Kings' day 2026 (10/3 lunar) falls on Sunday 26 April and is taken
 * on Monday 27 April; Saturday 30 January 2027 is worked in exchange.
 */
class WorkingCalendarTest {

    static final WorkingCalendar CALENDAR = WorkingCalendar.vietnam(List.of(
            off(2026, 4, 27, "Giỗ Tổ Hùng Vương (nghỉ bù)", "Hung Kings' day (moved from Sunday)"),
            off(2026, 4, 30, "Ngày Giải phóng miền Nam", "Reunification Day"),
            off(2026, 5, 1, "Quốc tế Lao động", "Labour Day"),
            new DayRule(LocalDate.of(2027, 1, 30), DayRule.Kind.WORKING_DAY, "Làm bù", "Worked in exchange"),
            off(2027, 2, 4, "Tết Nguyên đán", "Lunar New Year"),
            off(2027, 2, 5, "Tết Nguyên đán", "Lunar New Year"),
            off(2027, 2, 8, "Tết Nguyên đán", "Lunar New Year"),
            off(2027, 2, 9, "Tết Nguyên đán", "Lunar New Year"),
            off(2027, 2, 10, "Tết Nguyên đán", "Lunar New Year")));

    static DayRule off(int y, int m, int d, String vi, String en) {
        return new DayRule(LocalDate.of(y, m, d), DayRule.Kind.DAY_OFF, vi, en);
    }

    /** An instant on the office clock (Vietnam's time). */
    static Instant at(int y, int m, int d, int hour, int minute) {
        return LocalDateTime.of(y, m, d, hour, minute).atZone(WorkingCalendar.VIETNAM).toInstant();
    }

    static Instant due(Instant received, ProcessingLimit limit) {
        return CALENDAR.plusWorkingTime(limit.clockStart(received, CALENDAR), limit.workingTime(CALENDAR));
    }

    @Test
    void aWorkingDayIsEightOfficeHours() {
        assertEquals(Duration.ofHours(8), WorkingHours.STATE_OFFICE.perDay());
        // Monday 08:00 + 3 working days: Thursday 08:00
        assertEquals(at(2026, 12, 10, 8, 0), due(at(2026, 12, 7, 8, 0), ProcessingLimit.workingDays(3)));
        // a limit that ends exactly when the office closes ends then, not the next morning
        assertEquals(at(2026, 12, 7, 17, 0), due(at(2026, 12, 7, 7, 30), ProcessingLimit.workingDays(1)));
        assertEquals(Duration.ofHours(8), CALENDAR.workingTime(at(2026, 12, 7, 7, 30), at(2026, 12, 7, 17, 0)));
        assertEquals(Duration.ofMinutes(30), CALENDAR.workingTime(at(2026, 12, 7, 11, 0), at(2026, 12, 7, 13, 0)), "lunch does not count");
    }

    @Test
    void theWeekendAndTheEveningDoNotCount() {
        // Friday 16:00 + 1 working day: 1 h on Friday, 4 h on Monday morning, 3 h on Monday afternoon
        assertEquals(at(2026, 12, 14, 16, 0), due(at(2026, 12, 11, 16, 0), ProcessingLimit.workingDays(1)));
        // received online on Friday evening: the clock starts on Monday morning
        assertEquals(at(2026, 12, 14, 17, 0), due(at(2026, 12, 11, 20, 0), ProcessingLimit.workingDays(1)));
        assertEquals(at(2026, 12, 14, 11, 30), due(at(2026, 12, 12, 10, 0), ProcessingLimit.workingHours(4)), "Saturday");
        assertEquals(Duration.ZERO, CALENDAR.workingTime(at(2026, 12, 12, 0, 0), at(2026, 12, 14, 7, 30)));
    }

    @Test
    void tetStopsTheClockForItsDaysOff() {
        // Wednesday 3 Feb 2027 09:00 + 3 working days: 6.5 h that day; Tết from Thursday 4 to Wednesday 10;
        // 8 h on Thursday 11, 8 h on Friday 12, the last 1.5 h on Monday 15
        assertEquals(at(2027, 2, 15, 9, 0), due(at(2027, 2, 3, 9, 0), ProcessingLimit.workingDays(3)));
        WorkingCalendar plainWeeks = WorkingCalendar.vietnam(List.of());
        assertEquals(at(2027, 2, 8, 9, 0), plainWeeks.plusWorkingTime(at(2027, 2, 3, 9, 0), Duration.ofHours(24)),
                "without the days off it would be Monday 8");
        assertFalse(CALENDAR.isWorkingDay(LocalDate.of(2027, 2, 10)));
        assertEquals(1, CALENDAR.workingDaysBetween(LocalDate.of(2027, 2, 3), LocalDate.of(2027, 2, 11)));
        assertEquals(Duration.ZERO, CALENDAR.workingTime(at(2027, 2, 4, 0, 0), at(2027, 2, 11, 7, 30)));
    }

    @Test
    void aMovedHolidayAndAWorkedSaturday() {
        // Friday 24 Apr 2026 08:00 + 2 working days: 7.5 h on Friday; Monday 27 is the Hùng Kings' day moved from
        // Sunday; 8 h on Tuesday 28; the last 0.5 h on Wednesday 29
        assertEquals(at(2026, 4, 29, 8, 0), due(at(2026, 4, 24, 8, 0), ProcessingLimit.workingDays(2)));
        // Wednesday 29 08:00 + 2 working days: 30 April and 1 May off, then the weekend: Tuesday 5 May 08:00
        assertEquals(at(2026, 5, 5, 8, 0), due(at(2026, 4, 29, 8, 0), ProcessingLimit.workingDays(2)));
        // Friday 29 Jan 2027 13:00 + 1 working day: 4 h on Friday, 4 h on the Saturday worked in exchange
        assertTrue(CALENDAR.isWorkingDay(LocalDate.of(2027, 1, 30)));
        assertEquals(at(2027, 1, 30, 11, 30), due(at(2027, 1, 29, 13, 0), ProcessingLimit.workingDays(1)));
        assertEquals("Lunar New Year", CALENDAR.rule(LocalDate.of(2027, 2, 9)).orElseThrow().nameEn());
    }

    @Test
    void anAfternoonCutOffCountsFromTheNextWorkingMorning() {
        ProcessingLimit oneDay = ProcessingLimit.workingDays(1).withAfternoonCutOff(LocalTime.of(15, 0));
        assertEquals(at(2026, 12, 9, 14, 59), due(at(2026, 12, 8, 14, 59), oneDay), "before the cut-off: counted from then");
        assertEquals(at(2026, 12, 9, 17, 0), due(at(2026, 12, 8, 15, 0), oneDay), "at the cut-off: from the next morning");
        assertEquals(at(2026, 12, 9, 17, 0), due(at(2026, 12, 8, 16, 30), oneDay));
        // Friday afternoon past the cut-off: the next working morning is Monday
        assertEquals(at(2026, 12, 14, 7, 30), oneDay.clockStart(at(2026, 12, 11, 15, 30), CALENDAR));
        // before Tết: Wednesday 3 Feb 2027 at 16:00 starts on Thursday 11
        assertEquals(at(2027, 2, 11, 7, 30), oneDay.clockStart(at(2027, 2, 3, 16, 0), CALENDAR));
        // without the rule the same dossier counts its last hour of Tuesday
        assertEquals(at(2026, 12, 9, 16, 0), due(at(2026, 12, 8, 16, 0), ProcessingLimit.workingDays(1)));
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(Invalid.class, () -> ProcessingLimit.workingDays(-1));
        assertThrows(Invalid.class, () -> ProcessingLimit.workingDays(1000));
        assertThrows(Invalid.class, () -> new WorkingHours(LocalTime.of(11, 30), LocalTime.of(7, 30), LocalTime.of(13, 0), LocalTime.of(17, 0)));
        assertThrows(Invalid.class, () -> CALENDAR.plusWorkingTime(at(2026, 12, 7, 8, 0), Duration.ofHours(-1)));
        WorkingCalendar noWorkingDays = new WorkingCalendar(java.util.EnumSet.allOf(java.time.DayOfWeek.class), List.of(),
                WorkingHours.STATE_OFFICE, WorkingCalendar.VIETNAM);
        Invalid endless = assertThrows(Invalid.class, () -> noWorkingDays.plusWorkingTime(at(2026, 12, 7, 8, 0), Duration.ofHours(1)));
        assertTrue(endless.getMessage().contains("at most"), endless.getMessage());
    }
}
