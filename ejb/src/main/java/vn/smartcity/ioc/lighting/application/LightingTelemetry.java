package vn.smartcity.ioc.lighting.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import vn.smartcity.ioc.lighting.domain.CabinetReading;
import vn.smartcity.ioc.lighting.domain.ControlCabinet;
import vn.smartcity.ioc.lighting.domain.FaultCheck;
import vn.smartcity.ioc.lighting.domain.FaultKind;
import vn.smartcity.ioc.lighting.domain.LightingFault;
import vn.smartcity.ioc.lighting.domain.LightingRepository;
import vn.smartcity.ioc.lighting.domain.Luminaire;
import vn.smartcity.ioc.lighting.domain.LuminairePlace;
import vn.smartcity.ioc.lighting.domain.TelemetryBatch;
import vn.smartcity.ioc.lighting.domain.TelemetryReading;
import vn.smartcity.ioc.report.domain.ReportCategory;
import vn.smartcity.ioc.report.domain.ReportCategoryRepository;

/**
 * Takes a gateway's telemetry in one transaction: each reading newer than the luminaire's last changes its state
 * and is judged ({@link FaultCheck}) against the plan in force; a fault seen for the first time is opened (and
 * said on the live feed when the transaction commits), one no longer seen is cleared; {@link LightingFaultWatch}
 * opens the incidents. A gateway reports only its own luminaires and cabinets: readings of others are counted as
 * foreign and left out.
 */
@Stateless
@PermitAll
public class LightingTelemetry {

    public static final String CATEGORY = "street-light";
    /** Readings older than this are taken as state but not judged: the plan of that time is not at hand. */
    static final Duration JUDGED = Duration.ofHours(24);
    /** A reading from further in the future than this is refused (a gateway's clock is wrong). */
    static final Duration AHEAD = Duration.ofMinutes(10);

    /** What became of a message. */
    public record Outcome(int taken, int repeated, int unknown, int foreign, int refused, int opened, int cleared) {
    }

    @Inject
    LightingRepository repository;

    @Inject
    LightingPlans plans;

    @Inject
    LightingAlertPublisher alerts;

    @Inject
    ReportCategoryRepository categories;

    Clock clock = Clock.systemUTC();

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Outcome take(String gateway, TelemetryBatch batch) {
        Instant now = clock.instant();
        Set<String> codes = new HashSet<>();
        batch.readings().forEach(r -> codes.add(r.luminaireCode()));
        Map<String, Luminaire> luminaires = repository.luminaires(codes);
        Set<String> cabinetCodes = new HashSet<>();
        batch.cabinets().forEach(c -> cabinetCodes.add(c.cabinetCode()));
        Map<String, ControlCabinet> cabinets = repository.cabinets(cabinetCodes);
        Set<String> subjects = new HashSet<>(luminaires.keySet());
        subjects.addAll(cabinets.keySet());
        Map<String, LightingFault> open = new HashMap<>();
        for (LightingFault f : repository.openFaults(subjects)) {
            open.put(f.getSubjectCode() + "|" + f.getKind(), f);
        }
        LightingPlans.Snapshot plan = plans.current();
        List<LightingFault> opened = new ArrayList<>();
        int taken = 0, repeated = 0, unknown = 0, foreign = 0, refused = 0, cleared = 0;
        for (TelemetryReading r : batch.readings()) {
            Luminaire l = luminaires.get(r.luminaireCode());
            if (l == null) {
                unknown++;
                continue;
            }
            if (!l.getGateway().equals(gateway)) {
                foreign++;
                continue;
            }
            if (r.at().isAfter(now.plus(AHEAD))) {
                refused++;
                continue;
            }
            if (!l.report(r)) {
                repeated++;
                continue;
            }
            taken++;
            if (r.at().isBefore(now.minus(JUDGED))) {
                continue;
            }
            LuminairePlace place = plan.place(l);
            int planned = plan.plan().at(place, r.at()).level();
            int before = plan.plan().at(place, r.at().minus(Duration.ofMinutes(FaultCheck.GRACE_MINUTES))).level();
            for (Map.Entry<FaultKind, Boolean> e : FaultCheck.judge(l, r, planned, before).entrySet()) {
                LightingFault f = open.get(l.getCode() + "|" + e.getKey());
                if (e.getValue() && f == null) {
                    f = new LightingFault(LightingFault.Subject.LUMINAIRE, l.getCode(), e.getKey(), l.getWardCode(),
                            l.getLatitude(), l.getLongitude(), r.at());
                    repository.add(f);
                    open.put(l.getCode() + "|" + e.getKey(), f);
                    opened.add(f);
                } else if (e.getValue()) {
                    f.seen(r.at());
                } else if (f != null && f.isOpen()) {
                    f.clear(r.at());
                    cleared++;
                }
            }
        }
        for (CabinetReading c : batch.cabinets()) {
            ControlCabinet cabinet = cabinets.get(c.cabinetCode());
            if (cabinet == null) {
                unknown++;
                continue;
            }
            if (cabinet.getGateway() != null && !cabinet.getGateway().equals(gateway)) {
                foreign++;
                continue;
            }
            if (c.at().isAfter(now.plus(AHEAD))) {
                refused++;
                continue;
            }
            if (cabinet.getReportedAt() != null && !c.at().isAfter(cabinet.getReportedAt())) {
                repeated++;
                continue;
            }
            cabinet.report(c.supplyLoss(), c.at());
            taken++;
            LightingFault f = open.get(cabinet.getCode() + "|" + FaultKind.CABINET_SUPPLY_LOSS);
            if (c.supplyLoss() && f == null) {
                f = new LightingFault(LightingFault.Subject.CABINET, cabinet.getCode(), FaultKind.CABINET_SUPPLY_LOSS,
                        cabinet.getWardCode(), cabinet.getLatitude(), cabinet.getLongitude(), c.at());
                repository.add(f);
                open.put(cabinet.getCode() + "|" + FaultKind.CABINET_SUPPLY_LOSS, f);
                opened.add(f);
            } else if (c.supplyLoss()) {
                f.seen(c.at());
            } else if (f != null && f.isOpen()) {
                f.clear(c.at());
                cleared++;
            }
        }
        said(opened);
        return new Outcome(taken, repeated, unknown, foreign, refused, opened.size(), cleared);
    }

    /**
     * Live alerts to the department that maintains the lighting of the ward: sent in this transaction (JMS is
     * enlisted in it), so they go out only when it commits.
     */
    private void said(List<LightingFault> opened) {
        ReportCategory category = categories.byCode(CATEGORY).orElse(null);
        for (LightingFault f : opened) {
            String department = category == null ? null : category.departmentFor(f.getWardCode()).getCode();
            alerts.faultOpened(f, department);
        }
    }
}
