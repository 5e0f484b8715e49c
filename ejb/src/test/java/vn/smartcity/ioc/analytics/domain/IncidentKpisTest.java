package vn.smartcity.ioc.analytics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;


/**
 * The incident KPIs against figures computed by hand (docs/analytics.md) on a fixed week, 2–8 November 2026:
 * one resolved on time, one resolved late after a re-opening, one merged, one in another department, one opened
 * before the week and resolved in it, and the week's edges in Vietnam's time.
 */
public class IncidentKpisTest {

    public static final LocalDate FROM = LocalDate.of(2026, 11, 2);
    public static final LocalDate TO = LocalDate.of(2026, 11, 9);

    /** A local time of Vietnam. */
    static Instant vn(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(IncidentKpis.VIETNAM).toInstant();
    }

    public static final List<IncidentFact> WEEK = List.of(
            // A: 12 h, on time, rated 5
            new IncidentFact(1, "X", "waste", "DOAN_KET", "CITIZEN_REPORT", vn("2026-11-02T08:00"), vn("2026-11-03T08:00"),
                    vn("2026-11-02T20:00"), "CLOSED", 0, 5, 1),
            // B: 48 h, late (due in 4 h), re-opened once, rated 2
            new IncidentFact(2, "X", "pavement", "DOAN_KET", "OPERATOR", vn("2026-11-02T09:00"), vn("2026-11-02T13:00"),
                    vn("2026-11-04T09:00"), "RESOLVED", 1, 2, 1),
            // C: merged into A: not opened here
            new IncidentFact(3, "X", "waste", "DOAN_KET", "CITIZEN_REPORT", vn("2026-11-03T07:00"), vn("2026-11-04T07:00"),
                    null, "DUPLICATE", 0, 0, 0),
            // D: another department, open
            new IncidentFact(4, "Y", "lighting", null, "CAMERA_ALERT", vn("2026-11-03T10:00"), vn("2026-11-04T10:00"),
                    null, "ASSIGNED", 0, 0, 0),
            // E: opened before the week, resolved in it after 96 h, on time, two ratings (4 and 5)
            new IncidentFact(5, "X", "waste", "TAN_PHONG", "CITIZEN_REPORT", vn("2026-10-30T10:00"), vn("2026-11-06T10:00"),
                    vn("2026-11-03T10:00"), "CLOSED", 0, 9, 2),
            // F: the last half hour of the week (in Vietnam; still 8 November 16:30 UTC)
            new IncidentFact(6, "X", "waste", "TAN_PHONG", "OPERATOR", vn("2026-11-08T23:30"), vn("2026-11-09T23:30"),
                    null, "NEW", 0, 0, 0),
            // G: the first half hour after it: not in the week
            new IncidentFact(7, "X", "waste", "TAN_PHONG", "OPERATOR", vn("2026-11-09T00:30"), vn("2026-11-10T00:30"),
                    null, "NEW", 0, 0, 0));

    @Test
    void byDepartmentAsComputedByHand() {
        Map<String, IncidentKpiRow> rows = byGroup(IncidentKpis.of(WEEK, FROM, TO, Dimension.DEPARTMENT));
        IncidentKpiRow x = rows.get("X");
        assertEquals(3, x.opened(), "A, B, F (C merged, E before the week, G after it)");
        assertEquals(3, x.resolved(), "A, B, E");
        assertEquals(2, x.resolvedOnTime(), "A, E");
        assertEquals(0.667, x.onTimeRate());
        assertEquals(Duration.ofHours(48), x.medianToResolve(), "of 12 h, 48 h, 96 h");
        assertEquals(48.0, x.medianHours());
        assertEquals(1, x.reopened());
        assertEquals(0.333, x.reopenRate());
        assertEquals(4, x.ratings());
        assertEquals(4.0, x.averageRating(), "(5 + 2 + 4 + 5) / 4");

        IncidentKpiRow y = rows.get("Y");
        assertEquals(1, y.opened());
        assertEquals(0, y.resolved());
        assertNull(y.onTimeRate(), "nothing resolved: no rate");
        assertNull(y.medianToResolve());
        assertNull(y.averageRating());

        IncidentKpiRow all = rows.get("*");
        assertEquals(4, all.opened());
        assertEquals(3, all.resolved());
        assertEquals(List.of("X", "Y", "*"), IncidentKpis.of(WEEK, FROM, TO, Dimension.DEPARTMENT).stream()
                .map(IncidentKpiRow::group).toList(), "groups in order, the total last");
    }

    @Test
    void byWardAndSourceAnIncidentWithoutAWardIsItsOwnGroup() {
        Map<String, IncidentKpiRow> wards = byGroup(IncidentKpis.of(WEEK, FROM, TO, Dimension.WARD));
        assertEquals(2, wards.get("DOAN_KET").opened());
        assertEquals(1, wards.get("TAN_PHONG").opened());
        assertEquals(1, wards.get("TAN_PHONG").resolved(), "E");
        assertEquals(1, wards.get("–").opened(), "D has no ward");
        Map<String, IncidentKpiRow> sources = byGroup(IncidentKpis.of(WEEK, FROM, TO, Dimension.SOURCE));
        assertEquals(1, sources.get("CITIZEN_REPORT").opened(), "A (C merged, E before)");
        assertEquals(2, sources.get("CITIZEN_REPORT").resolved(), "A, E");
        assertEquals(Duration.ofHours(54), sources.get("CITIZEN_REPORT").medianToResolve(), "the mean of 12 h and 96 h");
    }

    @Test
    void byDayOpenedOnTheDayOfCreationResolvedOnTheDayOfResolution() {
        Map<String, IncidentKpiRow> days = byGroup(IncidentKpis.of(WEEK, FROM, TO, Dimension.DAY));
        assertEquals(2, days.get("2026-11-02").opened());
        assertEquals(1, days.get("2026-11-02").resolved(), "A");
        assertEquals(1, days.get("2026-11-03").opened(), "D (C merged)");
        assertEquals(1, days.get("2026-11-03").resolved(), "E");
        assertEquals(0, days.get("2026-11-04").opened());
        assertEquals(1, days.get("2026-11-04").resolved(), "B");
        assertEquals(1, days.get("2026-11-08").opened(), "F, by Vietnam's calendar");
    }

    static Map<String, IncidentKpiRow> byGroup(List<IncidentKpiRow> rows) {
        return rows.stream().collect(Collectors.toMap(IncidentKpiRow::group, Function.identity()));
    }
}
