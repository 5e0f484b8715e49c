package vn.smartcity.ioc.report.application;

import java.io.Serializable;
import java.time.Instant;

import vn.smartcity.ioc.report.domain.CitizenReport;
import vn.smartcity.ioc.report.domain.ReportChannel;

/** A citizen report as staff see it on the incident page: with the contact details, to call the citizen back. */
public record StaffReportView(long id, ReportChannel channel, Instant submittedAt, String description, String address,
                              String name, String phone, String email, String mediaUrl, Integer rating,
                              String ratingComment) implements Serializable {

    static StaffReportView of(CitizenReport r) {
        return new StaffReportView(r.getId(), r.getChannel(), r.getSubmittedAt(), r.getDescription(), r.getAddress(),
                r.getReporter().name(), r.getReporter().phone(), r.getReporter().email(), r.getMediaUrl(),
                r.getRating(), r.getRatingComment());
    }
}
