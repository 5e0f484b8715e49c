package vn.smartcity.ioc.web.portal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import vn.smartcity.ioc.violation.application.ViolationLookup;
import vn.smartcity.ioc.violation.domain.VehicleClass;

/**
 * /portal/violations.xhtml?plate=&class=: a citizen looks up the confirmed violations of a vehicle. At most
 * {@value #LIMIT} look-ups per address in ten minutes (per node), against plate guessing.
 */
@Named("violationLookup")
@RequestScoped
public class ViolationLookupBacking {

    static final int LIMIT = 30;
    static final long WINDOW_MILLIS = 10 * 60 * 1000L;
    private static final Map<String, Deque<Long>> RECENT = new ConcurrentHashMap<>();

    @Inject
    ViolationLookup lookup;

    @Inject
    FormGuard guard;

    Clock clock = Clock.systemUTC();

    private String plate;
    private String vehicleClass;
    private List<ViolationLookup.PublicViolation> results;
    private boolean looked;

    /** View action: looks up when a plate was given. */
    public void load() {
        if (plate == null || plate.isBlank()) {
            return;
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        if (!allowed(guard.clientAddress(request))) {
            PortalMessages.error("portal.lookup.tooMany");
            return;
        }
        VehicleClass cls;
        try {
            cls = VehicleClass.valueOf(vehicleClass);
        } catch (RuntimeException e) {
            PortalMessages.error("portal.lookup.badClass");
            return;
        }
        results = lookup.confirmed(plate, cls).orElse(null);
        if (results == null) {
            PortalMessages.error("portal.lookup.badPlate");
            return;
        }
        looked = true;
    }

    /** The public evidence image of a violation found (ViolationEvidenceServlet), with the plate and class looked up. */
    public String evidencePath(ViolationLookup.PublicViolation v) {
        return "/portal/violations/evidence/" + v.id() + "?plate=" + URLEncoder.encode(plate, StandardCharsets.UTF_8)
                + "&class=" + URLEncoder.encode(vehicleClass, StandardCharsets.UTF_8);
    }

    private boolean allowed(String address) {
        long now = clock.millis();
        Deque<Long> times = RECENT.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() < now - WINDOW_MILLIS) {
                times.pollFirst();
            }
            if (times.size() >= LIMIT) {
                return false;
            }
            times.addLast(now);
        }
        if (RECENT.size() > 100_000) {
            RECENT.clear(); // bounded memory under a flood of addresses
        }
        return true;
    }

    public VehicleClass[] getClasses() { return VehicleClass.values(); }
    public String getPlate() { return plate; }
    public void setPlate(String plate) { this.plate = plate; }
    public String getVehicleClass() { return vehicleClass; }
    public void setVehicleClass(String vehicleClass) { this.vehicleClass = vehicleClass; }
    public List<ViolationLookup.PublicViolation> getResults() { return results; }
    public boolean isLooked() { return looked; }
}
