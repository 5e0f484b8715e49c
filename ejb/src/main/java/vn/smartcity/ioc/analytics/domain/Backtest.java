package vn.smartcity.ioc.analytics.domain;

import java.util.Arrays;
import java.util.List;

import vn.smartcity.ioc.shared.domain.Invalid;

/**
 * How well the {@link SeasonalForecast} would have done: the last weeks of the history are held out, the model is
 * fitted on the days before them (its weights fitted too), forecasts the held-out days as if they were still to come,
 * and its forecasts are compared with what happened.
 *
 * @param trainingDays the days the model learnt from (the history less the held-out weeks)
 * @param actual       the incidents of each held-out day, the first first
 * @param forecast     the forecast made from the training days, one day per held-out day
 * @param accuracy     how far the forecast was from the actual counts
 */
public record Backtest(int trainingDays, List<Double> actual, SeasonalForecast forecast, Accuracy accuracy) {

    public Backtest {
        actual = List.copyOf(actual);
    }

    /**
     * How far forecasts were from the actual counts, over H forecast days, a(t) being the incidents of day t and f(t)
     * its forecast:
     * <ul>
     * <li><b>Mean absolute error</b> (MAE) = (1/H) Σ |a(t) - f(t)|: by how many incidents a day's forecast missed, on
     * average.</li>
     * <li><b>MAPE</b>, mean absolute percentage error = 100% × (1/H′) Σ |a(t) - f(t)| / a(t) over the H′ days that
     * had incidents: by what share of the day's incidents the forecast missed, on average. A day without incidents
     * has no share: it is left out, and how many were is said.</li>
     * <li><b>Seasonal naive error</b> = (1/(T - m)) Σ<sub>t=m+1..T</sub> |y(t) - y(t-m)| over the T training days
     * y(1) … y(T): by how many incidents "the same as the same weekday a week before" missed, on average, over the
     * training days.</li>
     * <li><b>MASE</b>, mean absolute scaled error = MAE / seasonal naive error: below 1 the forecast did better than
     * repeating the week before does, above 1 worse.</li>
     * </ul>
     *
     * @param meanAbsoluteError    MAE, in incidents a day
     * @param mape                 MAPE, in percent; NaN when no forecast day had incidents
     * @param daysWithoutIncidents the forecast days left out of MAPE because they had no incident (H - H′)
     * @param seasonalNaiveError   the seasonal naive error of the training days, in incidents a day
     * @param mase                 MASE; NaN when the seasonal naive error is 0 (training weeks all alike)
     */
    public record Accuracy(double meanAbsoluteError, double mape, int daysWithoutIncidents,
                           double seasonalNaiveError, double mase) {

        /** The accuracy of {@code forecast} against {@code actual}, scaled by the training days of period m. */
        public static Accuracy of(double[] training, double[] actual, double[] forecast, int period) {
            if (actual.length != forecast.length || actual.length == 0 || training.length <= period) {
                throw new IllegalArgumentException(training.length + " training, " + actual.length + " actual, "
                        + forecast.length + " forecast days"); // a defect, not a refusal
            }
            double absolute = 0;
            double percent = 0;
            int withIncidents = 0;
            for (int t = 0; t < actual.length; t++) {
                double miss = Math.abs(actual[t] - forecast[t]);
                absolute += miss;
                if (actual[t] != 0) {
                    percent += miss / Math.abs(actual[t]);
                    withIncidents++;
                }
            }
            double naive = 0;
            for (int t = period; t < training.length; t++) {
                naive += Math.abs(training[t] - training[t - period]);
            }
            naive /= training.length - period;
            double mae = absolute / actual.length;
            return new Accuracy(mae, withIncidents == 0 ? Double.NaN : 100 * percent / withIncidents,
                    actual.length - withIncidents, naive, naive == 0 ? Double.NaN : mae / naive);
        }
    }

    /**
     * The back-test of the last {@code weeks} weeks of {@code dailyCounts} (oldest first) with a weekly pattern;
     * refused when fewer than two weeks would be left to learn from.
     */
    public static Backtest ofLastWeeks(List<Double> dailyCounts, int weeks) {
        return ofLastWeeks(SeasonalForecast.toArray(dailyCounts), weeks, SeasonalForecast.WEEK);
    }

    /** The back-test of the last {@code weeks} weeks (7 days each) of {@code counts}, with a season of period m. */
    public static Backtest ofLastWeeks(double[] counts, int weeks, int period) {
        if (weeks < 1) {
            throw new IllegalArgumentException("hold out at least a week: " + weeks); // a defect, not a refusal
        }
        int heldOut = weeks * SeasonalForecast.WEEK;
        int minimum = SeasonalForecast.minimumDays(period) + heldOut;
        if (counts.length < minimum) {
            throw new Invalid("analytics.forecastTooShort", minimum);
        }
        double[] training = Arrays.copyOf(counts, counts.length - heldOut);
        double[] actual = Arrays.copyOfRange(counts, training.length, counts.length);
        SeasonalForecast forecast = SeasonalForecast.fitted(training, period, heldOut);
        return new Backtest(training.length, Arrays.stream(actual).boxed().toList(), forecast,
                Accuracy.of(training, actual, forecast.expected(), period));
    }
}
