package vn.smartcity.ioc.report.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where citizen reports are kept. */
public interface CitizenReportRepository {

    CitizenReport add(CitizenReport report);

    Optional<CitizenReport> byTrackingCode(String code);

    /** What the tracking page shows of the report with this (normalised) code, read without the entity. */
    Optional<TrackedReport> trackedByCode(String code);

    /** The reports feeding one incident, oldest first. */
    List<CitizenReport> feeding(long incidentId);

    /** The reports whose citizens follow an incident: its own, and those of incidents merged into it. */
    List<CitizenReport> following(long incidentId);

    /** How many reports came from one sender (keyed hash of the address) since a moment. */
    long countFromClient(String clientHash, Instant since);

    /** How many reports gave this email or phone since a moment. */
    long countFromContact(String email, String phone, Instant since);
}
