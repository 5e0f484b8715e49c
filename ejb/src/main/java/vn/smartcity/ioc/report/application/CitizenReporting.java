package vn.smartcity.ioc.report.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;


import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import vn.smartcity.ioc.city.domain.CityRepository;
import vn.smartcity.ioc.city.domain.Province;
import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.incident.domain.IllegalTransitionException;
import vn.smartcity.ioc.incident.domain.Incident;
import vn.smartcity.ioc.incident.domain.IncidentRepository;
import vn.smartcity.ioc.incident.domain.IncidentSource;
import vn.smartcity.ioc.incident.domain.Location;
import vn.smartcity.ioc.incident.domain.SourceKind;
import vn.smartcity.ioc.report.application.ReportRefusedException.Problem;
import vn.smartcity.ioc.report.domain.ApiClient;
import vn.smartcity.ioc.report.domain.ApiClientRepository;
import vn.smartcity.ioc.report.domain.AttributeAnswer;
import vn.smartcity.ioc.report.domain.CitizenReport;
import vn.smartcity.ioc.report.domain.CitizenReportRepository;
import vn.smartcity.ioc.report.domain.CleanImage;
import vn.smartcity.ioc.report.domain.PhotoCleaner;
import vn.smartcity.ioc.report.domain.ReportCategory;
import vn.smartcity.ioc.report.domain.ReportCategoryRepository;
import vn.smartcity.ioc.report.domain.ReportChannel;
import vn.smartcity.ioc.report.domain.ReportPhoto;
import vn.smartcity.ioc.report.domain.ReportPhotoRepository;
import vn.smartcity.ioc.report.domain.Reporter;
import vn.smartcity.ioc.report.domain.ServiceDefinition;
import vn.smartcity.ioc.report.domain.TrackingCode;
import vn.smartcity.ioc.shared.domain.Sha256;

/**
 * What citizens do: report a problem (portal or Open311), follow it with the tracking code, write to the city,
 * re-open an unsatisfactory fix, rate the result. A report always feeds an incident of the incident workflow:
 * a new one, or the open one the citizen agreed is the same problem. Every refusal says why, and nothing is
 * stored when a request is refused.
 */
@Stateless
@PermitAll
public class CitizenReporting {

    /** How the citizen appears in incident timelines. */
    public static final String CITIZEN = "citizen";

    private static final Duration RATE_WINDOW = Duration.ofHours(1);
    private static final int MAX_CANDIDATES = 5;

    @Inject
    CitizenReportRepository reports;

    @Inject
    ApiClientRepository apiClients;

    @Inject
    IncidentRepository incidents;

    @Inject
    ReportCategoryRepository categories;

    @Inject
    ReportCategories definitions;

    @Inject
    CityRepository city;

    @Inject
    PortalSettings settings;

    @Inject
    ReportProgress progress;

    @Inject
    CitizenNotifier notifier;

    @Inject
    PhotoCleaner photoCleaner;

    @Inject
    ReportPhotoRepository photos;

    @Inject
    vn.smartcity.ioc.identity.application.CurrentStaff currentStaff;

    Clock clock = Clock.systemUTC();

    /** Files a report: checks everything, applies the rate limits, then opens or joins an incident. */
    public Receipt submit(NewReport submitted) {
        NewReport request = submitted;
        Instant now = clock.instant();
        Long apiClientId = null;
        if (request.channel() == ReportChannel.OPEN311) {
            apiClientId = apiClients.activeByKeyHash(Sha256.of(request.apiKey())).map(ApiClient::getId).orElseThrow(() ->
                    new ReportRefusedException(Problem.BAD_API_KEY, "api_key", "report.badApiKey"));
        } else if (!request.consent()) {
            throw new ReportRefusedException(Problem.CONSENT_MISSING, "consent", "report.consentMissing");
        }
        ReportCategory category = categories.byCode(submitted.categoryCode()).filter(ReportCategory::isActive)
                .orElseThrow(() -> new ReportRefusedException(Problem.UNKNOWN_CATEGORY, "category",
                        "report.unknownCategory", submitted.categoryCode()));
        String description = checkedDescription(request.description(), request.channel() == ReportChannel.OPEN311);
        List<AttributeAnswer> answers = checkedAnswers(category, request);
        String mediaUrl = checkedMediaUrl(request.mediaUrl());
        List<CleanImage> images = cleaned(request.photos());
        boolean placeFromPhoto = false;
        if (request.latitude() == null && request.longitude() == null) {
            Province province = city.province();
            Optional<CleanImage> located = images.stream()
                    .filter(i -> i.hasPosition() && province.contains(i.latitude(), i.longitude())).findFirst();
            if (located.isPresent()) {
                request = request.at(located.get().latitude(), located.get().longitude());
                placeFromPhoto = true;
            }
        }
        Location location = checkedLocation(request);
        Reporter reporter = request.reporter() == null ? Reporter.ANONYMOUS : request.reporter();
        checkReporter(reporter);
        String clientHash = keyedHash(request.channel() + "|" + (request.channel() == ReportChannel.OPEN311
                ? "api:" + apiClientId : request.clientAddress()));
        if (request.channel() == ReportChannel.PORTAL
                && reports.countFromClient(clientHash, now.minus(RATE_WINDOW)) >= settings.limitPerClient()) {
            throw new ReportRefusedException(Problem.TOO_MANY_FROM_CLIENT, null, "report.tooManyFromClient");
        }
        if ((reporter.email() != null || reporter.phone() != null)
                && reports.countFromContact(reporter.email(), reporter.phone(), now.minus(RATE_WINDOW)) >= settings.limitPerContact()) {
            throw new ReportRefusedException(Problem.TOO_MANY_FROM_CONTACT, "email", "report.tooManyFromContact");
        }

        CitizenReport report = new CitizenReport(category.getCode(), description, location.wardCode(), location.address(),
                location.latitude(), location.longitude(), mediaUrl, reporter, language(request.language()), request.channel(),
                apiClientId, clientHash, now);
        report.answer(answers);
        reports.add(report);
        IncidentSource source = new IncidentSource(SourceKind.CITIZEN_REPORT, "report " + report.getId(), now);
        Incident incident;
        boolean joined = request.sameAsIncident() != null;
        if (joined) {
            incident = sameProblem(request.sameAsIncident(), category.getCode(), location);
            incident.addSource(source, CITIZEN, now);
        } else {
            incident = Incident.open(title(category, description), description, category.getCode(),
                    category.departmentFor(location.wardCode()).getCode(), Duration.ofHours(category.getSlaHours()), location, source,
                    CITIZEN, now);
            incident.followProcedure(incidents.procedure(category.getCode()));
            incidents.add(incident);
        }
        report.feeds(incident.getId());
        for (int i = 0; i < images.size(); i++) {
            photos.add(new ReportPhoto(report.getId(), i + 1, images.get(i)));
        }
        incidents.flush();
        if (notifier != null) {
            notifier.received(report, incident.getState().name());
        }
        return new Receipt(report.getId(), report.getTrackingCode(), TrackingCode.display(report.getTrackingCode()),
                incident.getId(), joined, incident.getDueAt(), incident.getDepartmentCode(), images.size(), placeFromPhoto);
    }

    /** Open incidents of the category within the configured radius of a point, nearest first. */
    public List<SameProblemCandidate> sameProblemCandidates(String categoryCode, double latitude, double longitude) {
        double radius = settings.radiusMetres();
        double dLat = radius / 111_320.0;
        double dLon = radius / (111_320.0 * Math.max(0.1, Math.cos(Math.toRadians(latitude))));
        List<SameProblemCandidate> near = new ArrayList<>();
        for (Incident i : incidents.openInBox(categoryCode, latitude - dLat, latitude + dLat, longitude - dLon,
                longitude + dLon, 50)) {
            int metres = (int) Math.round(distanceMetres(latitude, longitude, i.getLatitude(), i.getLongitude()));
            if (metres <= radius) {
                near.add(new SameProblemCandidate(i.getId(), i.getState(), i.getCreatedAt(), metres));
            }
        }
        near.sort(Comparator.comparingInt(SameProblemCandidate::distanceMetres));
        return near.size() > MAX_CANDIDATES ? near.subList(0, MAX_CANDIDATES) : near;
    }

    /** The citizen writes to the city about the report. */
    public ReportTracking reply(String typedCode, String message) {
        if (message == null || message.isBlank()) {
            throw new ReportRefusedException(Problem.MESSAGE_MISSING, "message", "report.messageMissing");
        }
        if (message.length() > CitizenReport.MAX_DESCRIPTION) {
            throw new ReportRefusedException(Problem.MESSAGE_TOO_LONG, "message",
                    "report.messageTooLong", CitizenReport.MAX_DESCRIPTION);
        }
        CitizenReport report = report(typedCode);
        followed(report).addCitizenMessage(message, CITIZEN, clock.instant());
        incidents.flush();
        return progress.of(report.tracked());
    }

    /** The fix was not satisfactory: back to work, within the re-open period. */
    public ReportTracking reopen(String typedCode, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ReportRefusedException(Problem.MESSAGE_MISSING, "reason", "report.reasonMissing");
        }
        if (reason.length() > CitizenReport.MAX_DESCRIPTION) {
            throw new ReportRefusedException(Problem.MESSAGE_TOO_LONG, "reason",
                    "report.reasonTooLong", CitizenReport.MAX_DESCRIPTION);
        }
        CitizenReport report = report(typedCode);
        Incident incident = followed(report);
        Instant now = clock.instant();
        Instant until = progress.reopenUntil(incident.doneAt());
        if (until == null) {
            throw new ReportRefusedException(Problem.REOPEN_NOT_ALLOWED, null, "report.reopenNotAllowed");
        }
        if (now.isAfter(until)) {
            throw new ReportRefusedException(Problem.REOPEN_PERIOD_OVER, null, "report.reopenPeriodOver", until);
        }
        try {
            incident.reopen(reason, CITIZEN, now);
        } catch (IllegalTransitionException e) {
            throw new ReportRefusedException(Problem.REOPEN_NOT_ALLOWED, null, e);
        }
        incidents.flush();
        return progress.of(report.tracked());
    }

    /** The citizen rates the result (once), 1 to 5 stars with an optional comment. */
    public ReportTracking rate(String typedCode, int stars, String comment) {
        CitizenReport report = report(typedCode);
        Incident incident = followed(report);
        if (!ReportProgress.canRate(incident.getState(), report.getRating())) {
            throw report.getRating() != null ? new ReportRefusedException(Problem.ALREADY_RATED, "rating", "report.alreadyRated")
                    : new ReportRefusedException(Problem.RATING_NOT_ALLOWED, "rating", "report.ratingNotAllowed");
        }
        if (stars < 1 || stars > 5) {
            throw new ReportRefusedException(Problem.BAD_RATING, "rating", "report.badRating");
        }
        if (comment != null && comment.length() > CitizenReport.MAX_RATING_COMMENT) {
            throw new ReportRefusedException(Problem.MESSAGE_TOO_LONG, "comment",
                    "report.commentTooLong", CitizenReport.MAX_RATING_COMMENT);
        }
        Instant now = clock.instant();
        report.rate(stars, comment, now);
        incident.recordRating(stars, comment, CITIZEN, now);
        incidents.flush();
        return progress.of(report.tracked());
    }

    /**
     * The reports feeding an incident: staff only. The reporters' contact details (name, phone, email) only for
     * those who call citizens back (operators, supervisors, handlers, administrators); analysts and auditors see
     * the reports without them (Decree 13/2023: personal data for its purpose only).
     */
    @RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR, Roles.HANDLER, Roles.ANALYST, Roles.ADMIN, Roles.AUDITOR})
    public List<StaffReportView> feeding(long incidentId) {
        boolean contact = currentStaff.get().map(s -> s.hasRole(Roles.OPERATOR) || s.hasRole(Roles.SUPERVISOR)
                || s.hasRole(Roles.HANDLER) || s.hasRole(Roles.ADMIN)).orElse(false);
        return reports.feeding(incidentId).stream()
                .map(r -> StaffReportView.of(r, definitions.definition(r.getCategoryCode())))
                .map(v -> contact ? v : v.withoutContact()).toList();
    }

    /** The report behind a tracking code, for a change by its citizen; refused when there is none. */
    private CitizenReport report(String typedCode) {
        return TrackingCode.normalise(typedCode).flatMap(reports::byTrackingCode).orElseThrow(() ->
                new ReportRefusedException(Problem.NOT_FOUND, "code", "report.notFound"));
    }

    /** The incident a report follows: its own, or the one it was merged into (merges may chain). */
    private Incident followed(CitizenReport report) {
        Incident incident = incidents.find(report.getIncidentId()).orElseThrow();
        for (int hops = 0; incident.getMergedIntoId() != null && hops < 10; hops++) {
            incident = incidents.find(incident.getMergedIntoId()).orElseThrow();
        }
        return incident;
    }

    private Incident sameProblem(long incidentId, String categoryCode, Location location) {
        if (location.latitude() == null) {
            throw new ReportRefusedException(Problem.NOT_SAME_PROBLEM, "sameAs", "report.markThePlace");
        }
        boolean offered = sameProblemCandidates(categoryCode, location.latitude(), location.longitude()).stream()
                .anyMatch(c -> c.incidentId() == incidentId);
        if (!offered) {
            throw new ReportRefusedException(Problem.NOT_SAME_PROBLEM, "sameAs", "report.notSameProblem", incidentId);
        }
        return incidents.find(incidentId).orElseThrow();
    }

    private static String checkedDescription(String description, boolean optional) {
        String text = description == null ? "" : description.strip();
        if (optional && text.isEmpty()) {
            return null;
        }
        if (text.length() < CitizenReport.MIN_DESCRIPTION) {
            throw new ReportRefusedException(Problem.DESCRIPTION_TOO_SHORT, "description",
                    "report.descriptionTooShort", CitizenReport.MIN_DESCRIPTION);
        }
        if (text.length() > CitizenReport.MAX_DESCRIPTION) {
            throw new ReportRefusedException(Problem.DESCRIPTION_TOO_LONG, "description",
                    "report.descriptionTooLong", CitizenReport.MAX_DESCRIPTION);
        }
        return text;
    }

    /** Every photo checked and cleaned before anything is stored; the first bad one refuses the report. */
    private List<CleanImage> cleaned(List<byte[]> uploads) {
        if (uploads.size() > ReportPhoto.MAX_PER_REPORT) {
            throw new ReportRefusedException(Problem.TOO_MANY_PHOTOS, "photos",
                    "report.tooManyPhotos", ReportPhoto.MAX_PER_REPORT);
        }
        List<CleanImage> images = new ArrayList<>();
        for (byte[] upload : uploads) {
            try {
                images.add(photoCleaner.clean(upload));
            } catch (PhotoCleaner.RejectedPhoto e) {
                throw new ReportRefusedException(switch (e.reason()) {
                    case NOT_AN_IMAGE -> Problem.PHOTO_NOT_AN_IMAGE;
                    case TOO_LARGE, TOO_MANY_PIXELS -> Problem.PHOTO_TOO_LARGE;
                    case UNREADABLE -> Problem.PHOTO_UNREADABLE;
                }, "photos", e);
            }
        }
        return images;
    }

    /** The answers to the category's questions (the portal's form and Open311 clients ask them), checked. */
    private List<AttributeAnswer> checkedAnswers(ReportCategory category, NewReport request) {
        try {
            return definitions.definition(category.getCode()).answers(request.answers());
        } catch (ServiceDefinition.AnswerRefused e) {
            throw new ReportRefusedException(Problem.BAD_ANSWER, "attribute[" + e.code() + "]", e);
        }
    }

    private static String checkedMediaUrl(String url) {
        String link = blankToNull(url);
        if (link == null) {
            return null;
        }
        if (link.length() > 500 || !(link.startsWith("https://") || link.startsWith("http://")) || link.contains(" ")) {
            throw new ReportRefusedException(Problem.BAD_MEDIA_URL, "media_url", "report.badMediaUrl");
        }
        return link;
    }

    private Location checkedLocation(NewReport request) {
        String ward = blankToNull(request.wardCode());
        String address = blankToNull(request.address());
        if (ward != null && city.wardByCode(ward).isEmpty()) {
            throw new ReportRefusedException(Problem.UNKNOWN_WARD, "ward", "report.unknownWard", ward);
        }
        if (address != null && address.length() > 500) {
            throw new ReportRefusedException(Problem.ADDRESS_TOO_LONG, "address", "report.addressTooLong");
        }
        Double lat = request.latitude();
        Double lon = request.longitude();
        if ((lat == null) != (lon == null)) {
            throw new ReportRefusedException(Problem.LOCATION_MISSING, "lat", "report.bothCoordinates");
        }
        if (lat != null) {
            Province province = city.province();
            if (lat.isNaN() || lon.isNaN() || !province.contains(lat, lon)) {
                throw new ReportRefusedException(Problem.OUTSIDE_PROVINCE, "lat",
                        "report.outsideProvince", String.valueOf(lat), String.valueOf(lon), province.getNameEn());
            }
        }
        if (lat == null && address == null) {
            throw new ReportRefusedException(Problem.LOCATION_MISSING, "address", "report.sayWhere");
        }
        return new Location(ward, address, lat, lon);
    }

    private static void checkReporter(Reporter reporter) {
        if (!reporter.validName()) {
            throw new ReportRefusedException(Problem.BAD_NAME, "name", "report.badName");
        }
        if (!reporter.validPhone()) {
            throw new ReportRefusedException(Problem.BAD_PHONE, "phone", "report.badPhone");
        }
        if (!reporter.validEmail()) {
            throw new ReportRefusedException(Problem.BAD_EMAIL, "email", "report.badEmail");
        }
    }

    private static String title(ReportCategory category, String description) {
        String firstLine = description == null ? "" : description.lines().findFirst().orElse("").strip();
        String title = firstLine.isEmpty() ? category.getNameVi() : category.getNameVi() + ": " + firstLine;
        return title.length() <= 200 ? title : title.substring(0, 199) + "…";
    }

    private static String language(String language) {
        return "en".equals(language) ? "en" : "vi";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static double distanceMetres(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 6_371_008.8 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    /** The sender's address is never stored in clear: a keyed hash (HMAC with the portal's secret). */
    private String keyedHash(String value) {
        return settings.sign(String.valueOf(value));
    }
}
