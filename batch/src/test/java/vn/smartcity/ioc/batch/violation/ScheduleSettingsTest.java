package vn.smartcity.ioc.batch.violation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The schedules' settings from the environment: a bad value falls back to the default, never stops a start. */
class ScheduleSettingsTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "NULL, 15", "'', 15", "' 30 ', 30", "-1, -1", "0, 0", "1440, 1440", "1441, 15", "-2, 15", "soon, 15", "2.5, 15"})
    void minutesBetweenAutomaticRuns(String value, int expected) {
        assertEquals(expected, ProcessingSchedule.setting(value, 15, -1, 24 * 60));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {"NULL, 6", "23, 23", "-1, -1", "24, 6", "x, 6"})
    void theNoticesHour(String value, int expected) {
        assertEquals(expected, NoticeSchedule.hour(value));
    }
}
