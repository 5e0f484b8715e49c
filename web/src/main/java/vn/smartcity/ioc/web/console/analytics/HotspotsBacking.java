package vn.smartcity.ioc.web.console.analytics;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.analytics.application.IncidentAnalytics;
import vn.smartcity.ioc.analytics.domain.Hotspots;
import vn.smartcity.ioc.shared.application.Refused;
import vn.smartcity.ioc.web.shared.Messages;

/**
 * /console/analytics/hotspots.xhtml: where and when incidents arise in a period (a heat table by hour of the week,
 * the wards most first), of one category or all; scoped as the KPI table.
 */
@Named
@RequestScoped
public class HotspotsBacking {

    static final List<Integer> HOURS = java.util.stream.IntStream.range(0, 24).boxed().toList();
    static final List<Integer> DAYS = java.util.stream.IntStream.range(0, 7).boxed().toList();

    @Inject
    IncidentAnalytics analytics;

    private String from;
    private String to;
    private String category;
    private KpiRequest request;
    private Hotspots hotspots;

    public void load() {
        try {
            request = KpiRequest.parse(from, to, null);
            hotspots = analytics.hotspots(request.from(), request.to(), category);
        } catch (IllegalArgumentException | Refused e) {
            Messages.refused("analytics.refused", e);
        }
    }

    public Hotspots getHotspots() { return hotspots; }
    public List<Integer> getHours() { return HOURS; }
    public List<Integer> getDays() { return DAYS; }

    /** The busiest wards, at most 15. */
    public List<Map.Entry<String, Long>> getWards() {
        return hotspots == null ? List.of() : hotspots.wards().stream().limit(15).toList();
    }

    public String getFrom() { return request != null ? request.from().toString() : from == null ? "" : from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return request != null ? request.to().toString() : to == null ? "" : to; }
    public void setTo(String to) { this.to = to; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
}
