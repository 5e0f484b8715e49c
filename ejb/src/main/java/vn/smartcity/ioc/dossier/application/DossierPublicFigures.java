package vn.smartcity.ioc.dossier.application;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.smartcity.ioc.dossier.domain.WorkingCalendar;

/**
 * What the province publishes of its dossiers (the portal's page, no personal data): per department and month of
 * the last twelve, the dossiers finished and how many on time (early or on time). One grouped query a month on the
 * index of the finish time.
 */
@Stateless
@PermitAll
public class DossierPublicFigures {

    /** A department's month: finished (timed) dossiers and those on time. */
    public record Month(YearMonth month, long finished, long onTime) implements Serializable {
        public String getRate() {
            return finished == 0 ? "–" : String.format(java.util.Locale.ROOT, "%.1f %%", 100.0 * onTime / finished);
        }
    }

    /** A department's twelve months, oldest first. */
    public record DepartmentYear(String department, List<Month> months) implements Serializable {
    }

    public static final int MONTHS = 12;

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** The months shown, oldest first (the current month last). */
    public List<YearMonth> months() {
        YearMonth now = YearMonth.now(clock.withZone(WorkingCalendar.VIETNAM));
        List<YearMonth> months = new ArrayList<>();
        for (int i = MONTHS - 1; i >= 0; i--) {
            months.add(now.minusMonths(i));
        }
        return months;
    }

    public List<DepartmentYear> onTimeByDepartment() {
        List<YearMonth> months = months();
        Map<String, Month[]> byDepartment = new TreeMap<>();
        for (int m = 0; m < months.size(); m++) {
            Instant start = months.get(m).atDay(1).atStartOfDay(WorkingCalendar.VIETNAM).toInstant();
            Instant end = months.get(m).plusMonths(1).atDay(1).atStartOfDay(WorkingCalendar.VIETNAM).toInstant();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select department_code, count(*),"
                    + " sum(case when result in ('EARLY', 'ON_TIME') then 1 else 0 end) from dossier"
                    + " where finished_at >= :start and finished_at < :end and result is not null group by department_code")
                    .setParameter("start", start).setParameter("end", end).getResultList();
            for (Object[] r : rows) {
                Month[] row = byDepartment.computeIfAbsent((String) r[0], k -> new Month[months.size()]);
                row[m] = new Month(months.get(m), ((Number) r[1]).longValue(), ((Number) r[2]).longValue());
            }
        }
        List<DepartmentYear> out = new ArrayList<>();
        byDepartment.forEach((department, row) -> {
            List<Month> list = new ArrayList<>();
            for (int m = 0; m < row.length; m++) {
                list.add(row[m] == null ? new Month(months.get(m), 0, 0) : row[m]);
            }
            out.add(new DepartmentYear(department, list));
        });
        return out;
    }
}
