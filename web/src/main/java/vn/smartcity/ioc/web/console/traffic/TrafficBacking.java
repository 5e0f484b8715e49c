package vn.smartcity.ioc.web.console.traffic;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import vn.smartcity.ioc.camera.application.CameraRegistry;
import vn.smartcity.ioc.traffic.application.TrafficFlow;
import vn.smartcity.ioc.traffic.domain.FlowMinute;
import vn.smartcity.ioc.shared.infrastructure.Jsonp;

/**
 * /console/traffic: vehicles per minute and lane, average speed and congestion of one traffic camera over the
 * last hours (?camera=LC-TP-001&amp;hours=1), as an ECharts chart (data in a data attribute, drawn by
 * traffic.js) and a table of the latest minutes.
 */
@Named("traffic")
@RequestScoped
public class TrafficBacking {

    @Inject
    TrafficFlow flow;

    @Inject
    CameraRegistry registry;

    private String camera;
    private int hours = 1;
    private List<FlowMinute> minutes;

    /** The traffic and number-plate cameras. */
    public List<CameraRegistry.CameraView> getCameras() {
        return registry.cameras().stream().filter(c -> !"SECURITY".equals(c.kind())).toList();
    }

    public List<FlowMinute> getMinutes() {
        if (minutes == null) {
            String code = getCamera();
            minutes = code.isEmpty() ? List.of() : flow.lastHours(code, hours);
        }
        return minutes;
    }

    /** The latest 15 minutes with vehicles, newest first. */
    public List<FlowMinute> getLatest() {
        List<FlowMinute> latest = new java.util.ArrayList<>(getMinutes().stream().filter(m -> m.vehicles() > 0).toList());
        java.util.Collections.reverse(latest);
        return latest.subList(0, Math.min(15, latest.size()));
    }

    /** {"minutes":[...], "lanes":{"1":[counts...]}, "speed":[avg or null...]} for traffic.js. */
    public String getChart() {
        Map<Long, int[]> total = new TreeMap<>();
        Map<Integer, Map<Long, Integer>> lanes = new TreeMap<>();
        Map<Long, double[]> speed = new TreeMap<>();
        for (FlowMinute m : getMinutes()) {
            long t = m.minute().toEpochMilli();
            total.computeIfAbsent(t, k -> new int[1]);
            lanes.computeIfAbsent(m.lane(), k -> new TreeMap<>()).put(t, m.vehicles());
            if (m.averageSpeedKmh() != null) {
                double[] s = speed.computeIfAbsent(t, k -> new double[2]);
                s[0] += m.averageSpeedKmh() * m.vehicles();
                s[1] += m.vehicles();
            }
        }
        JsonArrayBuilder times = Jsonp.createArrayBuilder();
        JsonArrayBuilder speeds = Jsonp.createArrayBuilder();
        total.keySet().forEach(t -> {
            times.add(t);
            double[] s = speed.get(t);
            if (s == null || s[1] == 0) {
                speeds.addNull();
            } else {
                speeds.add(Math.round(s[0] / s[1] * 10) / 10.0);
            }
        });
        JsonObjectBuilder byLane = Jsonp.createObjectBuilder();
        lanes.forEach((lane, counts) -> {
            JsonArrayBuilder values = Jsonp.createArrayBuilder();
            total.keySet().forEach(t -> values.add(counts.getOrDefault(t, 0)));
            byLane.add(Integer.toString(lane), values);
        });
        return Jsonp.createObjectBuilder().add("minutes", times).add("lanes", byLane).add("speed", speeds).build().toString();
    }

    /**
     * The camera shown: the one asked for, else the first traffic camera, else "" (no camera registered). Never
     * null: the page's links carry it as a parameter, and Faces refuses a link parameter without a value.
     */
    public String getCamera() {
        if (camera == null || camera.isBlank()) {
            camera = getCameras().stream().findFirst().map(CameraRegistry.CameraView::code).orElse("");
        }
        return camera;
    }

    public void setCamera(String camera) { this.camera = camera; }
    public int getHours() { return hours; }
    public void setHours(int hours) { this.hours = Math.min(Math.max(hours, 1), 6); }
}
