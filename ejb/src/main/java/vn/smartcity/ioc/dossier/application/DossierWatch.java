package vn.smartcity.ioc.dossier.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import vn.smartcity.ioc.dossier.domain.AdministrativeProcedure;
import vn.smartcity.ioc.dossier.domain.Dossier;
import vn.smartcity.ioc.dossier.domain.DossierRepository;
import vn.smartcity.ioc.dossier.domain.WorkingCalendar;
import vn.smartcity.ioc.incident.application.IncidentView;
import vn.smartcity.ioc.incident.application.IncidentWorkflow;
import vn.smartcity.ioc.incident.application.NewIncident;
import vn.smartcity.ioc.incident.domain.Location;
import vn.smartcity.ioc.incident.domain.SourceKind;
import vn.smartcity.ioc.shared.infrastructure.persistence.TimerLeases;

/**
 * The dossier watch: every 30 seconds, a live alert for each dossier that became overdue (once, until a pause gives
 * it time again), and an incident (category {@value #CATEGORY}, the public-administration service centre's) for a
 * dossier overdue by more than {@code IOC_DOSSIER_INCIDENT_DAYS} working days (default 5; 0 turns incidents off).
 * One node runs each slot in a cluster ({@link TimerLeases}).
 */
@Singleton
@PermitAll
public class DossierWatch {

    public static final String CATEGORY = "public-service";
    static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(DossierWatch.class.getName());

    @Inject
    DossierRepository repository;

    @Inject
    DossierAlertPublisher alerts;

    @Inject
    IncidentWorkflow incidents;

    @Inject
    TimerLeases leases;

    Clock clock = Clock.systemUTC();

    /** Working days overdue above which an incident is opened (IOC_DOSSIER_INCIDENT_DAYS). */
    static int incidentDays() {
        String v = System.getenv("IOC_DOSSIER_INCIDENT_DAYS");
        try {
            return v == null || v.isBlank() ? 5 : Math.max(0, Math.min(260, Integer.parseInt(v.strip())));
        } catch (NumberFormatException e) {
            return 5;
        }
    }

    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false, info = "ioc-dossier-watch")
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void tick() {
        Instant now = clock.instant();
        if (!leases.claim("dossier-watch", now.getEpochSecond() / 30, now)) {
            return; // another node runs this slot
        }
        List<Dossier> overdue = repository.overdueNotAlerted(now, BATCH);
        int days = incidentDays();
        List<Dossier> forIncidents = days == 0 ? List.of() : repository.overdueWithoutIncident(now.minus(Duration.ofDays(days)), BATCH);
        if (overdue.isEmpty() && forIncidents.isEmpty()) {
            return;
        }
        WorkingCalendar calendar = WorkingCalendar.vietnam(repository.calendarDays());
        java.util.Set<String> codes = new java.util.HashSet<>();
        overdue.forEach(d -> codes.add(d.getProcedureCode()));
        forIncidents.forEach(d -> codes.add(d.getProcedureCode()));
        java.util.Map<String, AdministrativeProcedure> procedures = repository.procedures(codes);
        for (Dossier d : overdue) {
            d.overdueAlerted(now);
            alerts.overdue(d, name(procedures, d), late(d, calendar, now));
        }
        int opened = 0;
        for (Dossier d : forIncidents) {
            long late = late(d, calendar, now);
            if (late <= days) {
                continue;
            }
            String title = "Hồ sơ " + d.getCode() + " quá hạn " + late + " ngày làm việc";
            String description = "Hồ sơ " + d.getCode() + " (" + d.getProcedureCode() + " · " + name(procedures, d) + ") của "
                    + d.getDepartmentCode() + " quá hạn " + late + " ngày làm việc (hạn " + d.getDueAt() + ").\n"
                    + "Dossier " + d.getCode() + " of " + d.getDepartmentCode() + " is " + late + " working day(s) overdue"
                    + " (due " + d.getDueAt() + "): a written apology to the citizen is owed (docs/dossiers.md).";
            IncidentView incident = incidents.openForMonitor("dossier-watch", new NewIncident(SourceKind.DOSSIER,
                    "dossier:" + d.getCode(), title.length() > 200 ? title.substring(0, 200) : title,
                    description.length() > 4000 ? description.substring(0, 4000) : description, CATEGORY,
                    new Location(null, "Bộ phận một cửa / one-stop desk" + (d.getReceivingUnit() == null ? "" : ": " + d.getReceivingUnit()),
                            null, null)));
            d.incidentOpened(incident.id());
            opened++;
        }
        LOG.info("dossier watch: " + overdue.size() + " overdue dossier(s) said, " + opened + " incident(s) opened");
    }

    private static long late(Dossier d, WorkingCalendar calendar, Instant now) {
        long perDay = calendar.hours().perDay().toSeconds();
        return (calendar.workingTime(d.getDueAt(), now).toSeconds() + perDay - 1) / perDay;
    }

    private static String name(java.util.Map<String, AdministrativeProcedure> procedures, Dossier d) {
        AdministrativeProcedure p = procedures.get(d.getProcedureCode());
        return p == null ? d.getProcedureCode() : p.getNameVi();
    }
}
