package vn.smartcity.ioc.analytics.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.smartcity.ioc.analytics.domain.SeasonalForecast.Day;
import vn.smartcity.ioc.analytics.domain.SeasonalForecast.Smoothing;
import vn.smartcity.ioc.shared.domain.Invalid;

/**
 * The Holt-Winters forecast against statsmodels, and its back-test by hand.
 *
 * <p>The reference values were computed on Debian bookworm with {@code apt-get install -y python3-statsmodels}
 * (statsmodels 0.13.5+dfsg-7, numpy 1.24.2, scipy 1.10.1, pandas 1.5.3), by /usr/bin/python3 with {@code y} the
 * {@link #EIGHT_WEEKS} below:
 * <pre>
 * from statsmodels.tsa.holtwinters import ExponentialSmoothing
 * from statsmodels.tsa.exponential_smoothing.ets import ETSModel
 * from statsmodels.tsa.exponential_smoothing.initialization import _initialization_simple
 * l0, b0, s0 = _initialization_simple(y, trend='add', seasonal='add', seasonal_periods=7)
 * hw = ExponentialSmoothing(y, trend='add', seasonal='add', seasonal_periods=7, initialization_method='known',
 *                           initial_level=l0, initial_trend=b0, initial_seasonal=s0) \
 *     .fit(smoothing_level=0.3, smoothing_trend=0.1, smoothing_seasonal=0.2, optimized=False)
 * hw.sse                                                        # SSE
 * days = pd.Series(y, index=pd.date_range('2026-01-05', periods=56, freq='D'))
 * ets = ETSModel(days, error='add', trend='add', seasonal='add', seasonal_periods=7, initialization_method='known',
 *                initial_level=l0, initial_trend=b0, initial_seasonal=s0).smooth([0.3, 0.3 * 0.1, 0.2])
 * ets.sse, ets.mse                                              # the same SSE; σ² = SSE / 56
 * ets.get_prediction(start=56, end=69).summary_frame(alpha=0.05)   # mean, pi_lower, pi_upper
 * </pre>
 * ETSModel is the same model in state-space form: its trend weight is α β (0.03), its 95% range the analytic one of
 * ETS(A,A,A) with σ² = SSE / n. The point forecasts are taken from it and not from {@code hw.forecast(14)}, which
 * agrees (to 1e-13) except on days 7 and 14: statsmodels' Holt-Winters there reuses the pattern of the week before
 * instead of the one the last day updated (statsmodels issue #9538, fixed by pull request #10230 after 0.13.5); a
 * hand-written loop of the recursions gives the ETSModel values.
 */
class SeasonalForecastTest {

    /**
     * Eight weeks of daily counts, Monday 5 January 2026 first: 40 + 0.15 t + a weekly pattern (6, 4, 2, 1, 5, -8,
     * -10) + a fixed wiggle ((17 t) mod 11) - 5, rounded (Python's round). Only the numbers below matter.
     */
    static final double[] EIGHT_WEEKS = {
        41, 45, 38, 43, 43, 36, 29, 51, 44, 48, 42, 42, 35, 28, 50, 43, 47, 42, 52, 34, 38, 49, 42, 46, 41, 51, 33, 37,
        48, 52, 46, 51, 50, 32, 36, 47, 51, 45, 50, 49, 42, 35, 57, 50, 44, 49, 48, 41, 34, 56, 50, 54, 48, 58, 40, 33};

    private static final double CLOSE = 1e-9;
    private static final Smoothing ARBITRARY = new Smoothing(0.3, 0.1, 0.2);

    @Test
    void theStartValuesAreTheSimpleClassicalOnes() {
        SeasonalForecast.Start start = SeasonalForecast.withSmoothing(ARBITRARY, EIGHT_WEEKS, 7, 1).start();
        // _initialization_simple: the mean of week 1 (275 / 7), the mean of (week 2 - week 1) / 7 (15 / 49)
        assertEquals(39.285714285714285, start.level(), CLOSE);
        assertEquals(0.3061224489795919, start.trend(), CLOSE);
        double[] pattern = {1.7142857142857153, 5.714285714285715, -1.2857142857142847, 3.7142857142857153,
            3.7142857142857153, -3.2857142857142847, -10.285714285714285};
        assertArrayEquals(pattern, SeasonalForecast.toArray(start.pattern()), CLOSE);
    }

    @Test
    void withGivenWeightsTheForecastAndRangeAreStatsmodels() {
        SeasonalForecast f = SeasonalForecast.withSmoothing(ARBITRARY, EIGHT_WEEKS, 7, 14);
        assertEquals(ARBITRARY, f.smoothing());
        assertFalse(f.smoothingFitted());
        assertEquals(1105.5308292822428, f.sumOfSquaredErrors(), CLOSE, "hw.sse, ets.sse");
        assertEquals(Math.sqrt(19.741621951468623), f.typicalError(), CLOSE, "√ets.mse");
        double[] mean = {54.22176375225291, 51.40160762389675, 49.335997924705104, 49.628984230779515,
            52.85768520514726, 40.54043711879595, 36.74875023713176, 54.64201059629884, 51.82185446794268,
            49.75624476875103, 50.04923107482544, 53.27793204919319, 40.960683962841884, 37.168997081177686};
        double[] lower = {45.51334094555146, 42.23126212628598, 39.64457576354247, 39.359689484242416,
            41.95649280561153, 28.95627064652865, 24.433488490105113, 40.86177417010441, 37.261329868102706,
            34.372870724401814, 33.80271197105256, 36.130076773525346, 22.87523744868751, 18.111473787146824};
        double[] upper = {62.93018655895436, 60.57195312150752, 59.02742008586774, 59.898278977316615,
            63.75887760468299, 52.12460359106325, 49.064011984158405, 68.42224702249327, 66.38237906778265,
            65.13961881310024, 66.29575017859833, 70.42578732486103, 59.046130476996254, 56.22652037520855};
        assertEquals(14, f.days().size());
        for (int h = 0; h < 14; h++) {
            Day day = f.days().get(h);
            assertEquals(h + 1, day.ahead());
            assertEquals(mean[h], day.expected(), CLOSE, "mean, day " + (h + 1));
            assertEquals(lower[h], day.lower(), CLOSE, "pi_lower, day " + (h + 1));
            assertEquals(upper[h], day.upper(), CLOSE, "pi_upper, day " + (h + 1));
        }
    }

    @Test
    void theRangeOfTheFirstDayIsOneNinetySixTypicalErrors() {
        SeasonalForecast f = SeasonalForecast.withSmoothing(ARBITRARY, EIGHT_WEEKS, 7, 2);
        Day first = f.days().get(0);
        assertEquals(1.959963984540054 * f.typicalError(), first.upper() - first.expected(), CLOSE);
        // day 2: σ² (1 + c(1)²), c(1) = α (1 + β) = 0.33
        Day second = f.days().get(1);
        double secondHalfWidth = 1.959963984540054 * f.typicalError() * Math.sqrt(1 + 0.33 * 0.33);
        assertEquals(secondHalfWidth, second.upper() - second.expected(), CLOSE);
    }

    /**
     * The fitted weights beat the arbitrary ones and are as good as scipy's: statsmodels' {@code hw.sse} as a function
     * of the three weights (the same model as above), minimised by
     * {@code scipy.optimize.minimize(sse, start, method='L-BFGS-B', bounds=[(0, 1)] * 3)} from the 27 starts of
     * {0.1, 0.5, 0.9}³, is at best 841.5148020497392, at α = 0.010166088284773816, β = 1.0, γ = 0.2874081279608901.
     */
    @Test
    void theFittedWeightsHaveTheLeastSquaredErrors() {
        SeasonalForecast fitted = SeasonalForecast.fitted(EIGHT_WEEKS, 7, 14);
        assertTrue(fitted.smoothingFitted());
        assertTrue(fitted.sumOfSquaredErrors() < 1105.5308292822428, "less than with 0.3, 0.1, 0.2");
        assertEquals(841.5148020497392, fitted.sumOfSquaredErrors(), 1e-3, "scipy's least");
        assertEquals(0.010166088284773816, fitted.smoothing().alpha(), 1e-3);
        assertEquals(1.0, fitted.smoothing().beta(), 1e-3);
        assertEquals(0.2874081279608901, fitted.smoothing().gamma(), 1e-3);
        SeasonalForecast again = SeasonalForecast.withSmoothing(fitted.smoothing(), EIGHT_WEEKS, 7, 14);
        assertEquals(again.days(), fitted.days(), "the fitted weights make the forecast");
        assertEquals(fitted, SeasonalForecast.fitted(EIGHT_WEEKS, 7, 14), "deterministic");
        assertEquals(fitted, SeasonalForecast.weekly(Arrays.stream(EIGHT_WEEKS).boxed().toList(), 14));
    }

    @Test
    void aPerfectlySeasonalHistoryIsForecastExactly() {
        double[] week = {12, 15, 14, 13, 18, 6, 0};
        double[] fourWeeks = new double[28];
        for (int t = 0; t < fourWeeks.length; t++) {
            fourWeeks[t] = week[t % 7];
        }
        for (SeasonalForecast f : List.of(SeasonalForecast.fitted(fourWeeks, 7, 21),
                SeasonalForecast.withSmoothing(ARBITRARY, fourWeeks, 7, 21))) {
            assertEquals(0, f.sumOfSquaredErrors(), CLOSE);
            for (Day day : f.days()) {
                double expected = week[(day.ahead() - 1) % 7];
                assertEquals(expected, day.expected(), CLOSE, "day " + day.ahead());
                assertEquals(expected, day.lower(), CLOSE, "no width");
                assertEquals(expected, day.upper(), CLOSE, "no width");
                assertTrue(day.lower() >= 0, "Sunday's 0 stays at the floor");
            }
        }
    }

    @Test
    void aCountIsNeverForecastBelowZero() {
        // a rare category fading away: its forecast and range would go below 0
        double[] fading = {4, 3, 3, 2, 4, 1, 1, 3, 3, 2, 2, 3, 1, 0, 3, 2, 2, 1, 2, 0, 0, 2, 1, 1, 1, 1, 0, 0,
            1, 1, 0, 1, 1, 0, 0};
        for (SeasonalForecast f : List.of(SeasonalForecast.fitted(fading, 7, 28),
                SeasonalForecast.withSmoothing(ARBITRARY, fading, 7, 28))) {
            for (Day day : f.days()) {
                assertTrue(day.lower() >= 0 && day.expected() >= day.lower() && day.upper() >= day.expected(),
                        day.toString());
            }
            assertTrue(f.days().stream().anyMatch(d -> d.lower() == 0), "the floor was needed");
        }
        List<Day> arbitrary = SeasonalForecast.withSmoothing(ARBITRARY, fading, 7, 28).days();
        assertTrue(arbitrary.stream().anyMatch(d -> d.expected() == 0), "the trend takes the forecast to 0");
    }

    @Test
    void lessThanTwoWeeksIsRefused() {
        double[] thirteenDays = Arrays.copyOf(EIGHT_WEEKS, 13);
        Invalid refusal = assertThrows(Invalid.class, () -> SeasonalForecast.fitted(thirteenDays, 7, 7));
        assertEquals("analytics.forecastTooShort", refusal.explanation().key());
        assertArrayEquals(new Object[] {14}, refusal.explanation().arguments());
        assertThrows(Invalid.class, () -> SeasonalForecast.withSmoothing(ARBITRARY, thirteenDays, 7, 7));
        assertEquals(7, SeasonalForecast.fitted(Arrays.copyOf(EIGHT_WEEKS, 14), 7, 7).days().size(),
                "two weeks are enough");
        double[] fortyOneDays = Arrays.copyOf(EIGHT_WEEKS, 41);
        Invalid backtest = assertThrows(Invalid.class, () -> Backtest.ofLastWeeks(fortyOneDays, 4, 7));
        assertEquals("analytics.forecastTooShort", backtest.explanation().key());
        assertArrayEquals(new Object[] {42}, backtest.explanation().arguments(), "2 weeks to learn + 4 held out");
    }

    /**
     * MAE, MAPE, MASE by hand, with a season of 2 days to keep it small. Training 10, 12, 11, 14, 9: the seasonal
     * naive misses |11 - 10|, |14 - 12|, |9 - 11| = 1, 2, 2, on average 5/3. Actual 10, 0, 5, 20 against forecast
     * 12, 1, 5, 15: misses 2, 1, 0, 5, MAE 8/4 = 2; MAPE over the 3 days with incidents (2/10 + 0/5 + 5/20) / 3 =
     * 15%, the day with 0 skipped; MASE 2 / (5/3) = 1.2.
     */
    @Test
    void accuracyByHand() {
        Backtest.Accuracy a = Backtest.Accuracy.of(new double[] {10, 12, 11, 14, 9}, new double[] {10, 0, 5, 20},
                new double[] {12, 1, 5, 15}, 2);
        assertEquals(2, a.meanAbsoluteError(), CLOSE);
        assertEquals(15, a.mape(), CLOSE);
        assertEquals(1, a.daysWithoutIncidents());
        assertEquals(5.0 / 3, a.seasonalNaiveError(), CLOSE);
        assertEquals(1.2, a.mase(), CLOSE);

        Backtest.Accuracy none =
                Backtest.Accuracy.of(new double[] {1, 2, 1, 2}, new double[] {0, 0}, new double[] {1, 0}, 2);
        assertTrue(Double.isNaN(none.mape()), "no day with incidents: no MAPE");
        assertEquals(2, none.daysWithoutIncidents());
        assertTrue(Double.isNaN(none.mase()), "training weeks all alike: no MASE");
    }

    @Test
    void aBacktestForecastsTheHeldOutWeeksFromTheDaysBefore() {
        Backtest b = Backtest.ofLastWeeks(EIGHT_WEEKS, 2, 7);
        assertEquals(42, b.trainingDays());
        assertEquals(Arrays.stream(EIGHT_WEEKS, 42, 56).boxed().toList(), b.actual());
        assertEquals(SeasonalForecast.fitted(Arrays.copyOf(EIGHT_WEEKS, 42), 7, 14), b.forecast());
        double misses = 0;
        double shares = 0;
        for (int h = 0; h < 14; h++) {
            double miss = Math.abs(EIGHT_WEEKS[42 + h] - b.forecast().days().get(h).expected());
            misses += miss;
            shares += miss / EIGHT_WEEKS[42 + h];
        }
        double naive = 0;
        for (int t = 7; t < 42; t++) {
            naive += Math.abs(EIGHT_WEEKS[t] - EIGHT_WEEKS[t - 7]);
        }
        assertEquals(misses / 14, b.accuracy().meanAbsoluteError(), CLOSE);
        assertEquals(100 * shares / 14, b.accuracy().mape(), CLOSE);
        assertEquals(0, b.accuracy().daysWithoutIncidents());
        assertEquals(naive / 35, b.accuracy().seasonalNaiveError(), CLOSE);
        assertEquals(misses / 14 / (naive / 35), b.accuracy().mase(), CLOSE);
        assertEquals(b, Backtest.ofLastWeeks(Arrays.stream(EIGHT_WEEKS).boxed().toList(), 2));
    }

    @Test
    void aBacktestOfAPerfectlySeasonalHistoryMissesNothing() {
        double[] week = {12, 15, 14, 13, 18, 6, 0};
        double[] fiveWeeks = new double[35];
        for (int t = 0; t < fiveWeeks.length; t++) {
            fiveWeeks[t] = week[t % 7];
        }
        Backtest.Accuracy a = Backtest.ofLastWeeks(fiveWeeks, 2, 7).accuracy();
        assertEquals(0, a.meanAbsoluteError(), CLOSE);
        assertEquals(0, a.mape(), CLOSE);
        assertEquals(2, a.daysWithoutIncidents(), "the two Sundays");
        assertTrue(Double.isNaN(a.mase()), "last week's repeat is perfect too: nothing to scale by");
    }
}
