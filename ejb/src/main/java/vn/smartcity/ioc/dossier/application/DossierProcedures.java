package vn.smartcity.ioc.dossier.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.apache.commons.csv.CSVRecord;

import vn.smartcity.ioc.audit.domain.AdminChange;
import vn.smartcity.ioc.city.application.CityDirectory;
import vn.smartcity.ioc.dossier.domain.AdministrativeProcedure;
import vn.smartcity.ioc.dossier.domain.ProcessingLimit;
import vn.smartcity.ioc.dossier.infrastructure.DossierEventFormat;
import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.shared.domain.Invalid;
import vn.smartcity.ioc.shared.domain.Text;

/**
 * The province's list of administrative procedures: imported from CSV (header {@value #HEADER}), all lines or
 * none; a procedure already there is updated (its limit then times the events that come after: the dossiers'
 * timing is recomputed at their next event).
 */
@Stateless
public class DossierProcedures {

    public static final String HEADER = "code;name_vi;name_en;field;level;department;limit;unit;cut_off;fee_vnd";

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    @Inject
    CityDirectory city;

    @Inject
    Event<AdminChange> adminChanges;

    @Resource
    SessionContext caller;

    Clock clock = Clock.systemUTC();

    @RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR, Roles.ADMIN, Roles.HANDLER})
    public List<AdministrativeProcedure> all() {
        return em.createQuery("select p from AdministrativeProcedure p order by p.code", AdministrativeProcedure.class).getResultList();
    }

    /** Imports the lines; refuses them all (DossierRefused, each bad line with its reason) if one is bad. */
    @RolesAllowed(Roles.ADMIN)
    public int importCsv(String text) {
        List<CSVRecord> records;
        try {
            records = DossierEventFormat.csvRecords(text == null ? "" : text);
        } catch (Invalid e) {
            throw new DossierRefused(e);
        }
        if (records.isEmpty() || !String.join(";", records.get(0).toList()).replace("\uFEFF", "").equals(HEADER)) {
            throw new DossierRefused("dossier.procedures.header", HEADER);
        }
        Set<String> departments = new HashSet<>();
        city.departments().forEach(d -> departments.add(d.code()));
        List<Text> problems = new ArrayList<>();
        List<Object[]> good = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < records.size(); i++) {
            CSVRecord r = records.get(i);
            int line = i + 1;
            try {
                if (r.size() != 10) {
                    throw new Invalid("dossier.format.csvFields", 10, r.size());
                }
                String code = r.get(0);
                if (!seen.add(code)) {
                    throw new Invalid("dossier.procedures.twice", code);
                }
                AdministrativeProcedure.Level level = enumOf(AdministrativeProcedure.Level.class, r.get(4), "level");
                String department = r.get(5);
                if (!departments.contains(department)) {
                    throw new Invalid("dossier.procedures.department", department);
                }
                int amount;
                try {
                    amount = Integer.parseInt(r.get(6));
                } catch (NumberFormatException e) {
                    throw new Invalid("dossier.limit", 260);
                }
                ProcessingLimit.Unit unit = r.get(7).isBlank() ? ProcessingLimit.Unit.WORKING_DAYS
                        : enumOf(ProcessingLimit.Unit.class, r.get(7), "unit");
                LocalTime cutOff = null;
                if (!r.get(8).isBlank()) {
                    try {
                        cutOff = LocalTime.parse(r.get(8));
                    } catch (DateTimeParseException e) {
                        throw new Invalid("dossier.procedures.cutOff", r.get(8));
                    }
                }
                Long fee = null;
                if (!r.get(9).isBlank()) {
                    try {
                        fee = Long.valueOf(r.get(9));
                    } catch (NumberFormatException e) {
                        throw new Invalid("dossier.procedureFee", code);
                    }
                }
                ProcessingLimit limit = new ProcessingLimit(amount, unit, cutOff);
                // checked as the entity would take it, before anything is stored
                new AdministrativeProcedure(code, r.get(1), r.get(2), r.get(3), level, department, limit, fee, clock.instant());
                good.add(new Object[] {code, r.get(1), r.get(2), r.get(3), level, department, limit, fee});
            } catch (Invalid e) {
                problems.add(new Text("dossier.procedures.line", line, e.explanation()));
            }
        }
        if (!problems.isEmpty()) {
            throw new DossierRefused(Text.list(problems.stream().limit(20).toList()));
        }
        Instant now = clock.instant();
        for (Object[] g : good) {
            AdministrativeProcedure existing = em.find(AdministrativeProcedure.class, g[0]);
            if (existing == null) {
                em.persist(new AdministrativeProcedure((String) g[0], (String) g[1], (String) g[2], (String) g[3],
                        (AdministrativeProcedure.Level) g[4], (String) g[5], (ProcessingLimit) g[6], (Long) g[7], now));
            } else {
                existing.change((String) g[1], (String) g[2], (String) g[3], (AdministrativeProcedure.Level) g[4],
                        (String) g[5], (ProcessingLimit) g[6], (Long) g[7], now);
            }
        }
        adminChanges.fire(new AdminChange(caller.getCallerPrincipal().getName(), "dossier-procedures",
                good.size() + " procedures", "import"));
        return good.size();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Invalid("dossier.procedures.value", field, value);
        }
    }
}
