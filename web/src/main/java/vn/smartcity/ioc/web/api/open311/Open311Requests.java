package vn.smartcity.ioc.web.api.open311;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;

import vn.smartcity.ioc.city.application.CityDirectory;
import vn.smartcity.ioc.city.application.DepartmentView;
import vn.smartcity.ioc.report.application.CategoryView;
import vn.smartcity.ioc.report.application.CitizenReporting;
import vn.smartcity.ioc.report.application.NewReport;
import vn.smartcity.ioc.report.application.PublicReport;
import vn.smartcity.ioc.report.application.PublicReportQuery;
import vn.smartcity.ioc.report.application.PublicReports;
import vn.smartcity.ioc.report.application.Receipt;
import vn.smartcity.ioc.report.application.ReportCategories;
import vn.smartcity.ioc.report.application.ReportProgress;
import vn.smartcity.ioc.report.application.ReportRefusedException;
import vn.smartcity.ioc.report.application.ReportTracking;
import vn.smartcity.ioc.report.domain.ReportChannel;
import vn.smartcity.ioc.report.domain.Reporter;

/**
 * Open311 service requests on top of citizen reports: the mapping between the spec's parameters and fields and
 * the report context. Parameter problems become {@link Open311Failure}s with the spec's status codes.
 */
@ApplicationScoped
public class Open311Requests {

    /** Vietnam's time: date-times are written with the +07:00 offset. */
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Duration MAX_SPAN = Duration.ofDays(90);
    static final int MAX_RESULTS = 1000;

    @Inject
    CitizenReporting reporting;

    @Inject
    ReportProgress progress;

    @Inject
    PublicReports publicReports;

    @Inject
    ReportCategories categories;

    @Inject
    CityDirectory city;

    /** A request the spec says to refuse, with its status. */
    static final class Open311Failure extends RuntimeException {
        final int status;

        Open311Failure(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    /** POST requests: files the report, answers with its service_request_id and what to expect. */
    Map<String, Object> create(MultivaluedMap<String, String> form, String clientAddress, List<byte[]> media) {
        String serviceCode = param(form, "service_code");
        if (serviceCode == null) {
            throw new Open311Failure(400, "service_code was not provided");
        }
        Double lat = number(form, "lat");
        Double lon = number(form, "long");
        String address = param(form, "address_string");
        if (lat == null && lon == null && address == null) {
            throw new Open311Failure(400, param(form, "address_id") != null
                    ? "address_id is not supported by this endpoint; send lat and long or address_string"
                    : "A location is required: lat and long, or address_string");
        }
        String name = String.join(" ", Arrays.asList(param(form, "first_name"), param(form, "last_name")).stream()
                .filter(s -> s != null).toList());
        Receipt receipt;
        try {
            receipt = reporting.submit(new NewReport(serviceCode, param(form, "description"), null, address, lat, lon,
                    param(form, "media_url"), new Reporter(name, param(form, "phone"), param(form, "email")), "vi",
                    true, null, ReportChannel.OPEN311, param(form, "api_key"), clientAddress, media, answers(form)));
        } catch (ReportRefusedException e) {
            throw new Open311Failure(e.problem().status() == 429 ? 400 : e.problem().status(), e.getMessage());
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("service_request_id", receipt.reportId());
        request.put("service_notice", notice(receipt.departmentCode(), receipt.expectedAt()));
        String account = param(form, "account_id");
        if (account != null) {
            request.put("account_id", account);
        }
        return request;
    }

    /**
     * The spec's {@code attribute[code]=value} pairs, and {@code attribute[code][]=value} repeated for a
     * multivaluelist: question code → values in the order sent.
     */
    static Map<String, List<String>> answers(MultivaluedMap<String, String> form) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> field : form.entrySet()) {
            Matcher m = ATTRIBUTE.matcher(field.getKey());
            if (m.matches()) {
                answers.computeIfAbsent(m.group(1), c -> new ArrayList<>()).addAll(field.getValue());
            } else if (field.getKey().startsWith("attribute")) {
                throw new Open311Failure(400, field.getKey() + " is not of the form attribute[code] or attribute[code][]");
            }
        }
        return answers;
    }

    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\[\\]]{1,40})\\](\\[\\])?");

    /** GET requests: the filters of the spec; service_request_id overrides all others. */
    List<Map<String, Object>> find(String ids, String serviceCodes, String startDate, String endDate, String status,
                                   String photoBase) {
        PublicReportQuery query;
        List<Long> requested = ids(ids);
        if (!requested.isEmpty()) {
            query = new PublicReportQuery(requested, null, null, null, null, null, 0, MAX_RESULTS);
        } else {
            Instant end = date(endDate, "end_date");
            Instant start = date(startDate, "start_date");
            if (start == null && end == null) {
                end = Instant.now();
            }
            if (start == null) {
                start = end.minus(MAX_SPAN);
            } else if (end == null) {
                end = start.plus(MAX_SPAN);
            }
            if (end.isBefore(start)) {
                throw new Open311Failure(400, "end_date is before start_date");
            }
            if (Duration.between(start, end).compareTo(MAX_SPAN) > 0) {
                throw new Open311Failure(400, "start_date and end_date may not span more than 90 days");
            }
            query = new PublicReportQuery(null, list(serviceCodes), null, status(status), start, end, 0, MAX_RESULTS);
        }
        Map<String, CategoryView> byCode = new LinkedHashMap<>();
        categories.all().forEach(c -> byCode.put(c.code(), c));
        Map<String, String> departments = new LinkedHashMap<>();
        city.departments().forEach(d -> departments.put(d.code(), d.nameVi()));
        List<Map<String, Object>> requests = new ArrayList<>();
        for (PublicReport r : publicReports.find(query)) {
            requests.add(request(r, byCode, departments, photoBase));
        }
        return requests;
    }

    Optional<Map<String, Object>> one(long id, String photoBase) {
        List<Map<String, Object>> found = find(Long.toString(id), null, null, null, null, photoBase);
        return found.stream().findFirst();
    }

    /** tokens/{token}: the tracking code a citizen received gives the request's public id. */
    Optional<Map<String, Object>> token(String token) {
        return progress.track(token).map(ReportTracking::reportId).map(id -> {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("service_request_id", id);
            request.put("token", token);
            return request;
        });
    }

    private Map<String, Object> request(PublicReport r, Map<String, CategoryView> categories,
                                        Map<String, String> departments, String photoBase) {
        CategoryView category = categories.get(r.categoryCode());
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("service_request_id", r.id());
        request.put("status", r.open() ? "open" : "closed");
        request.put("status_notes", r.statusNotes());
        request.put("service_name", category == null ? r.categoryCode() : category.nameVi());
        request.put("service_code", r.categoryCode());
        request.put("description", r.description());
        request.put("agency_responsible", departments.getOrDefault(r.departmentCode(), r.departmentCode()));
        request.put("service_notice", null);
        request.put("requested_datetime", format(r.submittedAt()));
        request.put("updated_datetime", format(r.updatedAt()));
        request.put("expected_datetime", format(r.expectedAt()));
        request.put("address", r.address());
        request.put("address_id", null);
        request.put("zipcode", null);
        request.put("lat", r.latitude());
        request.put("long", r.longitude());
        request.put("media_url", r.mediaUrl() != null ? r.mediaUrl()
                : r.photoIds().isEmpty() ? null : photoBase + r.photoIds().get(0));
        return request;
    }

    private String notice(String departmentCode, Instant expected) {
        String department = city.departments().stream().filter(d -> d.code().equals(departmentCode)).findFirst()
                .map(DepartmentView::nameVi).orElse(departmentCode);
        return department + " sẽ trả lời trước " + format(expected) + " / will answer by " + format(expected);
    }

    static String format(Instant at) {
        return at == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(ZONE).toOffsetDateTime().withNano(0));
    }

    private static Instant date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new Open311Failure(400, name + " must be a w3 date-time with a time zone, e.g. 2026-11-01T00:00:00+07:00");
        }
    }

    private static Boolean status(String value) {
        List<String> statuses = list(value);
        if (statuses.isEmpty() || statuses.contains("open") && statuses.contains("closed")) {
            return null;
        }
        if (statuses.stream().anyMatch(s -> !s.equals("open") && !s.equals("closed"))) {
            throw new Open311Failure(400, "status must be open, closed or both (comma separated)");
        }
        return statuses.contains("open");
    }

    private static List<Long> ids(String value) {
        List<Long> ids = new ArrayList<>();
        for (String id : list(value)) {
            try {
                ids.add(Long.parseLong(id));
            } catch (NumberFormatException e) {
                throw new Open311Failure(400, "service_request_id " + id + " is not a number");
            }
        }
        return ids;
    }

    private static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String param(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Double number(MultivaluedMap<String, String> form, String name) {
        String value = param(form, name);
        if (value == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(value);
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new Open311Failure(400, name + " must be a decimal number (WGS84)");
        }
    }
}
