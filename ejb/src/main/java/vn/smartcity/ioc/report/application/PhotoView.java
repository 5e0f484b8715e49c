package vn.smartcity.ioc.report.application;

import java.io.Serializable;
import java.time.Instant;

import vn.smartcity.ioc.report.domain.ReportPhoto;

/** A photo's facts for staff (never its bytes). */
public record PhotoView(long id, long reportId, int position, String contentType, int width, int height,
                        int sizeBytes, boolean approved, String reviewedBy, Instant reviewedAt) implements Serializable {

    static PhotoView of(ReportPhoto p) {
        return new PhotoView(p.getId(), p.getReportId(), p.getPosition(), p.getContentType(), p.getWidth(),
                p.getHeight(), p.getSizeBytes(), p.isApproved(), p.getReviewedBy(), p.getReviewedAt());
    }
}
