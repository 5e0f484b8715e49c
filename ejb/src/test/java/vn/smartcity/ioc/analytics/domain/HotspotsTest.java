package vn.smartcity.ioc.analytics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The heat table and the wards of IncidentKpisTest's week, counted by hand (2 November 2026 is a Monday). */
class HotspotsTest {

    @Test
    void theWeeksIncidentsByHourOfTheWeekInVietnamAndByWard() {
        Hotspots h = Hotspots.of(IncidentKpisTest.WEEK, IncidentKpisTest.FROM, IncidentKpisTest.TO, null);
        assertEquals(4, h.total(), "A, B, D, F (C merged, E before, G after)");
        assertEquals(1, h.hourOfWeek()[0][8], "A: Monday 08:00");
        assertEquals(1, h.hourOfWeek()[0][9], "B: Monday 09:00");
        assertEquals(1, h.hourOfWeek()[1][10], "D: Tuesday 10:00");
        assertEquals(1, h.hourOfWeek()[6][23], "F: Sunday 23:30 in Vietnam (16:30 UTC)");
        assertEquals(0, h.hourOfWeek()[1][7], "C merged");
        assertEquals(1, h.busiest());
        assertEquals(5, h.shade(0, 8));
        assertEquals(0, h.shade(0, 10));
        assertEquals(List.of(Map.entry("DOAN_KET", 2L), Map.entry("TAN_PHONG", 1L)), h.wards(), "most first; D has no ward");
    }

    @Test
    void ofOneCategory() {
        Hotspots waste = Hotspots.of(IncidentKpisTest.WEEK, IncidentKpisTest.FROM, IncidentKpisTest.TO, "waste");
        assertEquals(2, waste.total(), "A and F");
        assertEquals(List.of(Map.entry("DOAN_KET", 1L), Map.entry("TAN_PHONG", 1L)), waste.wards(), "ties by code");
        assertEquals(0, Hotspots.of(List.of(), IncidentKpisTest.FROM, IncidentKpisTest.TO, null).shade(0, 0));
    }
}
