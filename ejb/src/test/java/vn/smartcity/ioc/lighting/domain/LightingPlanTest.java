package vn.smartcity.ioc.lighting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.smartcity.ioc.shared.domain.Invalid;

class LightingPlanTest {

    static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");
    static final LuminairePlace LAMP = new LuminairePlace("LC-0001", "G-TRAN-PHU", "TAN_PHONG", "CAL-CITY", 22.3964, 103.4582);

    static final ControlProgram WEEKDAY = new ControlProgram("P-WEEKDAY", "Ngày thường", "Weekday",
            "sunrise=0; sunset=100; 23:00=50", "admin", T0);
    static final ControlProgram WEEKEND = new ControlProgram("P-WEEKEND", "Cuối tuần", "Weekend",
            "sunrise=0; sunset=100; 00:00=100; 01:00=50", "admin", T0);
    static final ControlProgram FESTIVAL = new ControlProgram("P-FESTIVAL", "Lễ hội", "Festival",
            "sunrise=0; sunset-15=100", "admin", T0);

    static final LightingCalendar CITY = new LightingCalendar("CAL-CITY", "Lịch thành phố", "City calendar", List.of(
            new CalendarRule(null, null, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), "P-WEEKDAY"),
            new CalendarRule(null, null, EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), "P-WEEKEND")));

    static Map<String, ControlProgram> programs() {
        return Map.of("P-WEEKDAY", WEEKDAY, "P-WEEKEND", WEEKEND, "P-FESTIVAL", FESTIVAL);
    }

    static Instant local(String t) {
        return LocalDateTime.parse(t).atZone(AstronomicalClock.VIETNAM).toInstant();
    }

    @Test
    void aWeekdayNightDimsAt23AndBurnsOnPastMidnightUntilSunrise() {
        LightingPlan plan = new LightingPlan(programs(), Map.of("CAL-CITY", CITY), Map.of(), List.of());
        // Tuesday 8 December 2026: sunset ~17:22 in Lai Châu
        assertEquals(0, plan.at(LAMP, local("2026-12-08T12:00")).level());
        assertEquals(100, plan.at(LAMP, local("2026-12-08T19:00")).level());
        assertEquals(50, plan.at(LAMP, local("2026-12-08T23:30")).level());
        LightingLevel night = plan.at(LAMP, local("2026-12-09T03:00"));
        assertEquals(50, night.level(), "the night belongs to the evening it began on");
        assertEquals(LevelSource.PROGRAM, night.source());
        assertEquals("P-WEEKDAY", night.reference());
        assertEquals(0, plan.at(LAMP, local("2026-12-09T07:30")).level());
    }

    @Test
    void fridayNightRunsFridaysProgramUntilSaturdaysFirstPoint() {
        LightingPlan plan = new LightingPlan(programs(), Map.of("CAL-CITY", CITY), Map.of(), List.of());
        // Saturday 12 December 00:30: the weekend program's 00:00=100 is Saturday's first point
        LightingLevel early = plan.at(LAMP, local("2026-12-12T00:30"));
        assertEquals(100, early.level());
        assertEquals("P-WEEKEND", early.reference());
        assertEquals(50, plan.at(LAMP, local("2026-12-12T01:30")).level());
        // Friday 11 December 23:59: still Friday's 23:00=50
        assertEquals(50, plan.at(LAMP, local("2026-12-11T23:59")).level());
    }

    @Test
    void aSpecialDayReplacesTheWeekAndItsNightCarriesPastMidnight() {
        SpecialDay tet = new SpecialDay(LocalDate.of(2027, 2, 5), null, "Giao thừa", "Lunar New Year's Eve", "P-FESTIVAL");
        LightingPlan plan = new LightingPlan(programs(), Map.of("CAL-CITY", CITY),
                Map.of(LightingPlan.specialKey(SpecialDay.ALL, tet.getDate()), tet), List.of());
        // Friday 5 February 2027: the festival program (sunset-15 = 100, no dimming)
        LightingLevel midnightish = plan.at(LAMP, local("2027-02-05T23:30"));
        assertEquals(100, midnightish.level());
        assertEquals(LevelSource.SPECIAL_DAY, midnightish.source());
        LightingLevel after = plan.at(LAMP, local("2027-02-06T00:30"));
        // Saturday's weekend program starts with 00:00=100 anyway: look at 04:00, after its 01:00=50
        assertEquals(LevelSource.PROGRAM, after.source());
        assertEquals(50, plan.at(LAMP, local("2027-02-06T04:00")).level());
        // a Thursday special day: its night carries into Friday's early hours (Friday's first point is sunrise)
        SpecialDay event = new SpecialDay(LocalDate.of(2026, 12, 10), "CAL-CITY", "Lễ hội", "Festival", "P-FESTIVAL");
        LightingPlan withEvent = new LightingPlan(programs(), Map.of("CAL-CITY", CITY),
                Map.of(LightingPlan.specialKey("CAL-CITY", event.getDate()), event), List.of());
        LightingLevel carried = withEvent.at(LAMP, local("2026-12-11T03:00"));
        assertEquals(100, carried.level());
        assertEquals(LevelSource.SPECIAL_DAY, carried.source());
        assertEquals(50, plan.at(LAMP, local("2026-12-11T03:00")).level(), "without the special day: dimmed");
    }

    @Test
    void anOverrideWinsUntilItEndsAndTheMostSpecificOneWins() {
        LightingOverride city = new LightingOverride(LightingOverride.Target.CITY, null, 30,
                local("2026-12-08T22:00"), local("2026-12-09T02:00"), "tiết kiệm điện", "operator", local("2026-12-08T21:00"));
        LightingOverride lamp = new LightingOverride(LightingOverride.Target.LUMINAIRE, "LC-0001", 100,
                local("2026-12-08T23:00"), local("2026-12-09T01:00"), "hiện trường tai nạn", "operator", local("2026-12-08T20:00"));
        LightingOverride otherWard = new LightingOverride(LightingOverride.Target.WARD, "DOAN_KET", 0,
                local("2026-12-08T20:00"), local("2026-12-09T05:00"), "sửa chữa lưới", "operator", local("2026-12-08T20:00"));
        LightingPlan plan = new LightingPlan(programs(), Map.of("CAL-CITY", CITY), Map.of(), List.of(city, lamp, otherWard));
        assertEquals(100, plan.at(LAMP, local("2026-12-08T21:00")).level(), "the program, the other ward's override does not touch it");
        assertEquals(30, plan.at(LAMP, local("2026-12-08T22:30")).level());
        assertEquals(LevelSource.OVERRIDE, plan.at(LAMP, local("2026-12-08T22:30")).source());
        assertEquals(100, plan.at(LAMP, local("2026-12-09T00:30")).level(), "the luminaire's own override is more specific");
        assertEquals(30, plan.at(LAMP, local("2026-12-09T01:30")).level());
        LightingLevel resumed = plan.at(LAMP, local("2026-12-09T02:30"));
        assertEquals(50, resumed.level(), "after the end the program resumes by itself");
        assertEquals(LevelSource.PROGRAM, resumed.source());
    }

    @Test
    void theDaysCurveShowsEveryChangeFromMidnightToMidnight() {
        LightingOverride city = new LightingOverride(LightingOverride.Target.CITY, null, 30,
                local("2026-12-08T22:00"), local("2026-12-09T02:00"), "tiết kiệm điện", "operator", local("2026-12-08T21:00"));
        LightingPlan plan = new LightingPlan(programs(), Map.of("CAL-CITY", CITY), Map.of(), List.of(city));
        List<LightingLevel> tuesday = plan.day(LAMP, LocalDate.of(2026, 12, 8));
        // 00:00 50 (Monday's night), sunrise 0, sunset 100, 22:00 override 30 (to the end of the day)
        assertEquals(List.of(50, 0, 100, 30), tuesday.stream().map(LightingLevel::level).toList(), tuesday.toString());
        assertEquals(LocalDateTime.of(2026, 12, 8, 0, 0), tuesday.get(0).from());
        assertEquals(LocalDateTime.of(2026, 12, 8, 22, 0), tuesday.get(3).from());
        List<LightingLevel> wednesday = plan.day(LAMP, LocalDate.of(2026, 12, 9));
        assertEquals(List.of(30, 50, 0, 100, 50), wednesday.stream().map(LightingLevel::level).toList(), wednesday.toString());
        assertEquals(LocalDateTime.of(2026, 12, 9, 2, 0), wednesday.get(1).from());
    }

    @Test
    void aLuminaireWithoutACalendarBurnsDuskToDawn() {
        LightingPlan plan = new LightingPlan(programs(), Map.of(), Map.of(), List.of());
        LuminairePlace lone = new LuminairePlace("LC-0002", null, "TAN_PHONG", null, 22.3964, 103.4582);
        assertEquals(100, plan.at(lone, local("2026-12-09T03:00")).level());
        assertEquals(LevelSource.DEFAULT, plan.at(lone, local("2026-12-09T03:00")).source());
        assertEquals(0, plan.at(lone, local("2026-12-09T12:00")).level());
    }

    @Test
    void programsAreWrittenAndReadBack() {
        assertEquals("sunrise=0; sunset+15=100; 23:00=50", SwitchPoint.format(SwitchPoint.parseAll("sunrise=0;SUNSET + 15 = 100\n23:00=50")));
        assertEquals("sunrise-10=0", SwitchPoint.parse("sunrise-10=0").toString());
        assertEquals("05:30=80", SwitchPoint.parse("5:30=80").toString());
        assertThrows(Invalid.class, () -> SwitchPoint.parse("sunset=101"));
        assertThrows(Invalid.class, () -> SwitchPoint.parse("25:00=10"));
        assertThrows(Invalid.class, () -> SwitchPoint.parse("sunset+200=10"));
        assertThrows(Invalid.class, () -> SwitchPoint.parse("<script>"));
        assertThrows(Invalid.class, () -> SwitchPoint.parseAll(" ; "));
    }

    @Test
    void anOverrideNeedsAReasonAnEndAfterNowAndAtMostAWeek() {
        Instant now = local("2026-12-08T20:00");
        assertThrows(Invalid.class, () -> new LightingOverride(LightingOverride.Target.CITY, null, 50, now, now.plusSeconds(60), "", "op", now));
        assertThrows(Invalid.class, () -> new LightingOverride(LightingOverride.Target.CITY, null, 50, now.minusSeconds(7200), now.minusSeconds(60), "lý do", "op", now));
        assertThrows(Invalid.class, () -> new LightingOverride(LightingOverride.Target.CITY, null, 50, now, now.plusSeconds(8 * 86400), "lý do", "op", now));
        assertThrows(Invalid.class, () -> new LightingOverride(LightingOverride.Target.WARD, "<b>", 50, now, now.plusSeconds(60), "lý do", "op", now));
        LightingOverride ok = new LightingOverride(LightingOverride.Target.GROUP, "G-TRAN-PHU", 50, null, now.plusSeconds(3600), "lý do", "op", now);
        assertEquals(now, ok.getStartsAt());
        ok.end("op", now.plusSeconds(60));
        assertEquals(now.plusSeconds(60), ok.getEndsAt());
    }

    @Test
    void calendarLinesAreWrittenAndReadBack() {
        List<CalendarRule> rules = CalendarRule.parseAll("MON-THU,SUN;;;P-WEEKNIGHT\nfri-sat;2026-12-01;2027-03-31;P-WEEKEND\n\n*;;;P-FESTIVAL");
        assertEquals(3, rules.size());
        assertEquals("MON,TUE,WED,THU,SUN;;;P-WEEKNIGHT", rules.get(0).toString());
        assertEquals("FRI,SAT;2026-12-01;2027-03-31;P-WEEKEND", rules.get(1).toString());
        assertEquals("*;;;P-FESTIVAL", rules.get(2).toString());
        assertEquals(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY), CalendarRule.parseAll("SAT-MON;;;P").get(0).days(),
                "a range across the week's end");
        assertThrows(Invalid.class, () -> CalendarRule.parseAll("MON-XYZ;;;P"));
        assertThrows(Invalid.class, () -> CalendarRule.parseAll("MON;2026-13-01;;P"));
        assertThrows(Invalid.class, () -> CalendarRule.parseAll("MON;;P"));
        assertThrows(Invalid.class, () -> CalendarRule.parseAll("MON;2027-01-01;2026-01-01;P"));
    }
}
