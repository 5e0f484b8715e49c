package vn.smartcity.ioc.lighting.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import vn.smartcity.ioc.incident.application.IncidentView;
import vn.smartcity.ioc.incident.application.IncidentWorkflow;
import vn.smartcity.ioc.incident.application.NewIncident;
import vn.smartcity.ioc.incident.domain.Location;
import vn.smartcity.ioc.incident.domain.SourceKind;
import vn.smartcity.ioc.lighting.domain.FaultKind;
import vn.smartcity.ioc.lighting.domain.LightingFault;
import vn.smartcity.ioc.lighting.domain.LightingRepository;
import vn.smartcity.ioc.lighting.domain.Luminaire;
import vn.smartcity.ioc.shared.infrastructure.persistence.TimerLeases;

/**
 * The lighting fault watch: every 30 seconds, a maintenance incident (category {@value LightingTelemetry#CATEGORY},
 * the department that maintains the ward's lighting) for each fault still open {@code IOC_LIGHTING_INCIDENT_MINUTES}
 * after it was seen (default 5: a lamp that flickers at the switching minute does not open one), of the kinds of
 * {@code IOC_LIGHTING_INCIDENTS} (default: lamp failure, a cabinet's supply loss, on in daytime, off at night,
 * abnormal power; a luminaire's own supply loss and dimming failures only when named; {@code none}: no incidents).
 * One node runs each slot in a cluster ({@link TimerLeases}).
 */
@Singleton
@PermitAll
public class LightingFaultWatch {

    static final int BATCH = 200;
    static final Set<FaultKind> DEFAULT_KINDS = EnumSet.of(FaultKind.LAMP_FAILURE, FaultKind.CABINET_SUPPLY_LOSS,
            FaultKind.ON_IN_DAYTIME, FaultKind.OFF_AT_NIGHT, FaultKind.ABNORMAL_POWER);
    private static final Logger LOG = Logger.getLogger(LightingFaultWatch.class.getName());

    @Inject
    LightingRepository repository;

    @Inject
    IncidentWorkflow incidents;

    @Inject
    TimerLeases leases;

    Clock clock = Clock.systemUTC();

    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false, info = "ioc-lighting-faults")
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void tick() {
        Instant now = clock.instant();
        if (!leases.claim("lighting-faults", now.getEpochSecond() / 30, now)) {
            return; // another node runs this slot
        }
        List<LightingFault> faults = repository.faultsAwaitingIncident(
                now.minus(Duration.ofMinutes(minutes(System.getenv("IOC_LIGHTING_INCIDENT_MINUTES")))),
                kinds(System.getenv("IOC_LIGHTING_INCIDENTS")), BATCH);
        if (faults.isEmpty()) {
            return;
        }
        java.util.Map<String, Luminaire> luminaires = repository.luminaires(faults.stream()
                .filter(f -> f.getSubject() == LightingFault.Subject.LUMINAIRE).map(LightingFault::getSubjectCode).toList());
        for (LightingFault f : faults) {
            Luminaire l = luminaires.get(f.getSubjectCode());
            String what = f.getSubject() == LightingFault.Subject.CABINET ? "tủ điều khiển " + f.getSubjectCode()
                    : "đèn " + f.getSubjectCode() + (l != null && l.getRoad() != null ? " (" + l.getRoad() + ")" : "");
            String title = FaultWords.vi(f.getKind()) + ": " + what;
            String description = FaultWords.vi(f.getKind()) + " ở " + what + ", phát hiện lúc " + f.getOpenedAt()
                    + " theo dữ liệu từ bộ điều khiển.\n" + FaultWords.en(f.getKind()) + " at "
                    + (f.getSubject() == LightingFault.Subject.CABINET ? "cabinet " : "luminaire ") + f.getSubjectCode()
                    + ", seen at " + f.getOpenedAt() + " in the gateway's telemetry (lighting fault " + f.getId() + ").";
            IncidentView incident = incidents.openForMonitor("lighting", new NewIncident(SourceKind.LIGHTING,
                    "lighting-fault:" + f.getId(), title.length() > 200 ? title.substring(0, 200) : title, description,
                    LightingTelemetry.CATEGORY, new Location(f.getWardCode(),
                            l != null && l.getRoad() != null ? l.getRoad() : what, f.getLatitude(), f.getLongitude())));
            f.incidentOpened(incident.id());
        }
        LOG.info("lighting fault watch: " + faults.size() + " incident(s) opened");
    }

    /** Minutes a fault stays open before its incident (IOC_LIGHTING_INCIDENT_MINUTES, 0 to 1440; default 5). */
    static long minutes(String setting) {
        try {
            return setting == null || setting.isBlank() ? 5 : Math.max(0, Math.min(1440, Long.parseLong(setting.strip())));
        } catch (NumberFormatException e) {
            return 5;
        }
    }

    /** The fault kinds that open an incident: a list of kinds, {@code none}, or (unset) {@link #DEFAULT_KINDS}. */
    static Set<FaultKind> kinds(String setting) {
        if (setting == null || setting.isBlank()) {
            return DEFAULT_KINDS;
        }
        Set<FaultKind> kinds = EnumSet.noneOf(FaultKind.class);
        for (String part : setting.split(",")) {
            String p = part.strip().toUpperCase(Locale.ROOT);
            if (p.equals("NONE")) {
                return EnumSet.noneOf(FaultKind.class);
            }
            try {
                kinds.add(FaultKind.valueOf(p));
            } catch (IllegalArgumentException e) {
                LOG.warning("IOC_LIGHTING_INCIDENTS: no fault kind " + part.strip());
            }
        }
        return kinds;
    }
}
