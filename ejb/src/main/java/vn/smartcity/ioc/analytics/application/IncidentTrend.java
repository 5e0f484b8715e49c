package vn.smartcity.ioc.analytics.application;

import java.time.LocalDate;
import java.util.List;

import vn.smartcity.ioc.analytics.domain.Backtest;
import vn.smartcity.ioc.analytics.domain.SeasonalForecast;

/**
 * The incidents opened each day of the last weeks (merged duplicates left out), the seasonal forecast of the next
 * days with its 95% range, and how well the same model forecast the last two weeks it has seen (backtest).
 *
 * @param first    the first day of {@code counts}
 * @param forecast the next days, from the day after the last of {@code counts}
 * @param backtest null when the history is too short to hold two weeks out
 */
public record IncidentTrend(LocalDate first, List<Long> counts, SeasonalForecast forecast, Backtest backtest) {

    public LocalDate last() {
        return first.plusDays(counts.size() - 1L);
    }
}
