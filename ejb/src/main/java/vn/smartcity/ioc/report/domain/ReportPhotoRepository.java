package vn.smartcity.ioc.report.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where citizens' photos are kept. */
public interface ReportPhotoRepository {

    ReportPhoto add(ReportPhoto photo);

    Optional<ReportPhoto> byId(long id);

    /** The photos of the reports feeding an incident (without their bytes), in report and position order. */
    List<ReportPhoto> ofIncident(long incidentId);

    /** The department of the incident that a photo's report feeds (empty: no such photo). */
    Optional<String> departmentOf(long photoId);

    /** Logs a look at, or a decision on, a photo. */
    void log(PhotoAccess access);

    /** Who opened or decided on a photo, newest first. */
    List<PhotoAccess> accesses(long photoId);

    /** The ids of the approved photos of some reports, by report id. */
    Map<Long, List<Long>> approvedOf(Collection<Long> reportIds);
}
