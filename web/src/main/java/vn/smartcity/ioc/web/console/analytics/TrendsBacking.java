package vn.smartcity.ioc.web.console.analytics;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;

import vn.smartcity.ioc.analytics.application.IncidentAnalytics;
import vn.smartcity.ioc.analytics.application.IncidentTrend;
import vn.smartcity.ioc.analytics.domain.SeasonalForecast;
import vn.smartcity.ioc.shared.infrastructure.Jsonp;
import vn.smartcity.ioc.web.shared.LanguageBacking;
import vn.smartcity.ioc.web.shared.Messages;

/**
 * /console/analytics/trends.xhtml?category=flooding: incidents opened per day over twelve weeks, the forecast of
 * the next fourteen days with its 95% range (additive Holt-Winters, weekly season), and the backtest's accuracy.
 */
@Named
@RequestScoped
public class TrendsBacking {

    @Inject
    IncidentAnalytics analytics;

    @Inject
    LanguageBacking language;

    private String category;
    private IncidentTrend trend;
    private boolean loaded;

    public void load() {
        getTrend();
    }

    public IncidentTrend getTrend() {
        if (!loaded) {
            loaded = true;
            try {
                trend = analytics.trend(category);
            } catch (IllegalArgumentException | vn.smartcity.ioc.shared.application.Refused e) {
                Messages.refused("analytics.refused", e);
            }
        }
        return trend;
    }

    /** The chart's data: days and counts, forecast days with expected, lower and upper. */
    public String getChart() {
        IncidentTrend t = getTrend();
        if (t == null) {
            return "{}";
        }
        JsonArrayBuilder days = Jsonp.createArrayBuilder();
        JsonArrayBuilder counts = Jsonp.createArrayBuilder();
        for (int i = 0; i < t.counts().size(); i++) {
            days.add(t.first().plusDays(i).toString());
            counts.add(t.counts().get(i));
        }
        JsonArrayBuilder ahead = Jsonp.createArrayBuilder();
        JsonArrayBuilder expected = Jsonp.createArrayBuilder();
        JsonArrayBuilder lower = Jsonp.createArrayBuilder();
        JsonArrayBuilder upper = Jsonp.createArrayBuilder();
        for (SeasonalForecast.Day d : t.forecast().days()) {
            ahead.add(t.last().plusDays(d.ahead()).toString());
            expected.add(round(d.expected()));
            lower.add(round(d.lower()));
            upper.add(round(d.upper()));
        }
        return Jsonp.createObjectBuilder().add("days", days).add("counts", counts).add("forecastDays", ahead)
                .add("expected", expected).add("lower", lower).add("upper", upper).build().toString();
    }

    public List<SeasonalForecast.Day> getForecastDays() {
        return getTrend() == null ? List.of() : getTrend().forecast().days();
    }

    public String day(int ahead) {
        return getTrend().last().plusDays(ahead).toString();
    }

    public String number(double value) {
        return Double.isNaN(value) ? "–" : String.format(locale(), "%.1f", value);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private Locale locale() {
        return "en".equals(language.getCode()) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    }

    public String getCategory() { return category == null ? "" : category; }
    public void setCategory(String category) { this.category = category; }
}
