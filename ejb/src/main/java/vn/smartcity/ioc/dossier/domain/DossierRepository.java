package vn.smartcity.ioc.dossier.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Where procedures, dossiers, their timelines and the working calendar are kept. */
public interface DossierRepository {

    List<DayRule> calendarDays();

    Map<String, AdministrativeProcedure> procedures(Collection<String> codes);

    Map<String, Dossier> dossiers(Collection<String> codes);

    /** The timelines of the given dossiers, by dossier id. */
    Map<Long, List<DossierEvent>> timelines(Collection<Long> dossierIds);

    /** Which of these event ids are already stored. */
    Set<String> storedEventIds(Collection<String> eventIds);

    /** Open dossiers past their due time whose overdue alert has not gone out, the most overdue first. */
    List<Dossier> overdueNotAlerted(java.time.Instant now, int limit);

    /** Open dossiers due before {@code dueBefore} without an incident, the most overdue first. */
    List<Dossier> overdueWithoutIncident(java.time.Instant dueBefore, int limit);

    void add(Dossier dossier);

    void add(DossierStep entry);
}
