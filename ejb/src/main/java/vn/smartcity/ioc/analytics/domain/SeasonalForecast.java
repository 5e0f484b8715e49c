package vn.smartcity.ioc.analytics.domain;

import java.util.ArrayList;
import java.util.List;

import vn.smartcity.ioc.shared.domain.Invalid;

/**
 * How many incidents the coming days should bring, from the daily counts of the past: additive Holt-Winters (triple
 * exponential smoothing) with a weekly pattern. The model follows three things through the history, updating each
 * a little every day: the <em>level</em> (incidents on a typical day of now), the <em>trend</em> (how much that
 * grows or falls per day) and the <em>weekly pattern</em> (how many more or fewer a Monday, …, a Sunday has than a
 * typical day). A forecast is level + trend × days ahead + that weekday's pattern.
 *
 * <p>The recursions, for day t with count y(t) and period m (7: the week), in the form of Hyndman &amp;
 * Athanasopoulos, <i>Forecasting: principles and practice</i>, 2nd edition, §7.3 (and of statsmodels'
 * Holt-Winters {@code ExponentialSmoothing}):
 * <pre>
 *   forecast  f(t) = l(t-1) + b(t-1) + s(t-m)          one-day-ahead error e(t) = y(t) - f(t)
 *   level     l(t) = α (y(t) - s(t-m)) + (1 - α) (l(t-1) + b(t-1))
 *   trend     b(t) = β (l(t) - l(t-1)) + (1 - β) b(t-1)
 *   pattern   s(t) = γ (y(t) - l(t-1) - b(t-1)) + (1 - γ) s(t-m)
 *   h days after the last day n:  ŷ(n+h) = l(n) + h b(n) + s(n+h-m(k+1)),  k = ⌊(h-1)/m⌋
 * </pre>
 *
 * <p><b>Start values</b>: the simple classical method (the one R. J. Hyndman, "Initializing the Holt-Winters
 * method", Hyndsight 2010, gives as the usual textbook start, and statsmodels' {@code _initialization_simple}
 * computes), from the first two seasons y(1) … y(2m): l(0) = the mean of y(1) … y(m); b(0) = (1/m²)
 * Σ<sub>i=1..m</sub> (y(m+i) - y(i)); the pattern of the first season's i-th day s(i-m) = y(i) - l(0). The smoothing
 * then runs over every day of the history, the first included, so each day has its one-day-ahead error.
 *
 * <p><b>Smoothing weights</b> α, β, γ (each in [0, 1]) are given, or chosen as those whose one-day-ahead forecasts
 * of the history were best: the least sum of squared errors Σ e(t)², found on the grid 0, 0.2, …, 1 of the three
 * weights, then refined by a compass search (one weight at a time, steps from 0.1 down to 0.0001). The search is
 * deterministic: the same history gives the same weights.
 *
 * <p><b>The 95% range</b> of the day h ahead is ŷ ± 1.96 σ(h), with the analytic variance of the equivalent
 * state-space model ETS(A,A,A) (Hyndman, Koehler, Ord &amp; Snyder, <i>Forecasting with exponential smoothing</i>,
 * 2008, table 6.1, class 1): σ(h)² = σ² [1 + Σ<sub>j=1..h-1</sub> c(j)²], c(j) = α (1 + j β) + γ when j is a
 * multiple of m, α (1 + j β) otherwise (β here is the trend weight above; the state-space β of the book is α β), and
 * σ² = Σ e(t)² / n, the mean squared one-day-ahead error of the n days of the history. It assumes independent normal
 * errors and known weights, so it is an approximation, too narrow when the weights were fitted. A count cannot be
 * negative: the forecast and both ends of its range are raised to 0 when below.
 *
 * @param period             days in a season (7: the week)
 * @param smoothing          the weights used, given or fitted
 * @param smoothingFitted    whether the weights were fitted to the history (else given)
 * @param start              the start values, from the first two seasons
 * @param sumOfSquaredErrors Σ e(t)²: the sum of the squared one-day-ahead errors over the history
 * @param typicalError       σ = √(Σ e(t)² / n): by how many incidents a one-day-ahead forecast of the history
 *                           typically missed
 * @param days               the forecast, day 1 (the day after the history) first
 */
public record SeasonalForecast(int period, Smoothing smoothing, boolean smoothingFitted, Start start,
                               double sumOfSquaredErrors, double typicalError, List<Day> days) {

    /** A week: the period of the daily incident counts. */
    public static final int WEEK = 7;
    /** The normal quantile of a 95% two-sided range. */
    static final double Z95 = 1.959963984540054;
    /** The fit tries each weight at 0, 1/GRID, …, 1 … */
    private static final int GRID = 5;
    /** … then moves them by steps from FIRST_STEP … */
    private static final double FIRST_STEP = 0.1;
    /** … down to PRECISION. */
    private static final double PRECISION = 1e-4;

    public SeasonalForecast {
        days = List.copyOf(days);
    }

    /**
     * The smoothing weights: how much each new day moves the model, from 0 (the past only) to 1 (the last day
     * only).
     *
     * @param alpha level: how fast the typical day follows the latest counts
     * @param beta  trend: how fast the daily growth follows the latest change of level
     * @param gamma pattern: how fast each weekday's pattern follows the latest same weekday
     */
    public record Smoothing(double alpha, double beta, double gamma) {

        public Smoothing {
            if (!(inUnit(alpha) && inUnit(beta) && inUnit(gamma))) {
                String weights = alpha + ", " + beta + ", " + gamma;
                throw new IllegalArgumentException("weights are in [0, 1]: " + weights); // a defect, not a refusal
            }
        }

        private static boolean inUnit(double w) {
            return w >= 0 && w <= 1;
        }
    }

    /**
     * The start values of the model, before the first day.
     *
     * @param level   l(0): the mean count of the first season
     * @param trend   b(0): the mean daily growth from the first season to the second
     * @param pattern s: the first season's count of each day less l(0), its first day first
     */
    public record Start(double level, double trend, List<Double> pattern) {

        public Start {
            pattern = List.copyOf(pattern);
        }

        static Start of(double[] counts, int period) {
            double level = 0;
            for (int i = 0; i < period; i++) {
                level += counts[i];
            }
            level /= period;
            double growth = 0;
            for (int i = 0; i < period; i++) {
                growth += counts[period + i] - counts[i];
            }
            List<Double> pattern = new ArrayList<>(period);
            for (int i = 0; i < period; i++) {
                pattern.add(counts[i] - level);
            }
            return new Start(level, growth / ((double) period * period), pattern);
        }
    }

    /**
     * One forecast day.
     *
     * @param ahead    days after the last day of the history (1: the next day)
     * @param expected the incidents expected that day (never below 0)
     * @param lower    the low end of the 95% range (never below 0)
     * @param upper    the high end of the 95% range
     */
    public record Day(int ahead, double expected, double lower, double upper) {
    }

    /** The fewest days a forecast learns from: two seasons. */
    public static int minimumDays(int period) {
        return 2 * period;
    }

    /** The next {@code horizon} days from daily counts (oldest first) with a weekly pattern and fitted weights. */
    public static SeasonalForecast weekly(List<Double> dailyCounts, int horizon) {
        return fitted(toArray(dailyCounts), WEEK, horizon);
    }

    /** The next {@code horizon} days from {@code counts} (oldest first), with the weights that fit them best. */
    public static SeasonalForecast fitted(double[] counts, int period, int horizon) {
        check(counts, period, horizon);
        Start start = Start.of(counts, period);
        return forecast(counts, period, fit(counts, period, start), true, start, horizon);
    }

    /** The next {@code horizon} days from {@code counts} (oldest first), with the weights given. */
    public static SeasonalForecast withSmoothing(Smoothing smoothing, double[] counts, int period, int horizon) {
        check(counts, period, horizon);
        return forecast(counts, period, smoothing, false, Start.of(counts, period), horizon);
    }

    /** The expected counts alone, day 1 first. */
    public double[] expected() {
        return days.stream().mapToDouble(Day::expected).toArray();
    }

    static double[] toArray(List<Double> counts) {
        return counts.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void check(double[] counts, int period, int horizon) {
        if (period < 2 || horizon < 1) {
            throw new IllegalArgumentException("period " + period + ", horizon " + horizon); // a defect, not a refusal
        }
        if (counts.length < minimumDays(period)) {
            throw new Invalid("analytics.forecastTooShort", minimumDays(period));
        }
    }

    private static SeasonalForecast forecast(double[] counts, int period, Smoothing w, boolean fitted, Start start,
                                             int horizon) {
        Smoother end = Smoother.over(counts, period, start, w.alpha(), w.beta(), w.gamma());
        double variance = end.squaredErrors / counts.length;
        List<Day> days = new ArrayList<>(horizon);
        double sumOfSquares = 0;
        for (int h = 1; h <= horizon; h++) {
            double expected = end.level + h * end.trend + end.pattern[(counts.length + h - 1) % period];
            double halfWidth = Z95 * Math.sqrt(variance * (1 + sumOfSquares));
            days.add(new Day(h, atLeast0(expected), atLeast0(expected - halfWidth), atLeast0(expected + halfWidth)));
            double c = w.alpha() * (1 + h * w.beta()) + (h % period == 0 ? w.gamma() : 0);
            sumOfSquares += c * c;
        }
        return new SeasonalForecast(period, w, fitted, start, end.squaredErrors, Math.sqrt(variance), days);
    }

    private static double atLeast0(double count) {
        return Math.max(0, count);
    }

    /** The weights of least Σ e²: the best of a grid, then a compass search around it. */
    private static Smoothing fit(double[] counts, int period, Start start) {
        double[] best = null;
        double bestErrors = Double.POSITIVE_INFINITY;
        for (int a = 0; a <= GRID; a++) {
            for (int b = 0; b <= GRID; b++) {
                for (int g = 0; g <= GRID; g++) {
                    double[] w = {(double) a / GRID, (double) b / GRID, (double) g / GRID};
                    double errors = squaredErrors(counts, period, start, w);
                    if (errors < bestErrors) {
                        best = w;
                        bestErrors = errors;
                    }
                }
            }
        }
        // one weight at a time, up or down by a step: a move that lowers Σ e² is taken and the step doubled (up to
        // its first size), else the step is halved, until it is below the precision wanted
        for (double step = FIRST_STEP; step >= PRECISION; ) {
            boolean moved = false;
            for (int k = 0; k < 3; k++) {
                for (double direction : new double[] {step, -step}) {
                    double[] w = best.clone();
                    w[k] = Math.min(1, Math.max(0, w[k] + direction));
                    if (w[k] != best[k]) {
                        double errors = squaredErrors(counts, period, start, w);
                        if (errors < bestErrors) {
                            best = w;
                            bestErrors = errors;
                            moved = true;
                        }
                    }
                }
            }
            step = moved ? Math.min(FIRST_STEP, 2 * step) : step / 2;
        }
        return new Smoothing(best[0], best[1], best[2]);
    }

    private static double squaredErrors(double[] counts, int period, Start start, double[] w) {
        return Smoother.over(counts, period, start, w[0], w[1], w[2]).squaredErrors;
    }

    /** The state after smoothing the whole history, in the error-correction form of the recursions. */
    private static final class Smoother {
        double level;
        double trend;
        /** pattern[i]: the latest pattern of the days i, i + m, i + 2m, … of the history (0-based). */
        final double[] pattern;
        double squaredErrors;

        private Smoother(Start start) {
            level = start.level();
            trend = start.trend();
            pattern = toArray(start.pattern());
        }

        static Smoother over(double[] counts, int period, Start start, double alpha, double beta, double gamma) {
            Smoother s = new Smoother(start);
            for (int t = 0, day = 0; t < counts.length; t++, day = day + 1 == period ? 0 : day + 1) {
                double error = counts[t] - (s.level + s.trend + s.pattern[day]);
                s.squaredErrors += error * error;
                s.level += s.trend + alpha * error;
                s.trend += alpha * beta * error;
                s.pattern[day] += gamma * error;
            }
            return s;
        }
    }
}
