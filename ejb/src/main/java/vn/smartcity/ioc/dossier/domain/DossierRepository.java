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

    void add(Dossier dossier);

    void add(DossierStep entry);
}
