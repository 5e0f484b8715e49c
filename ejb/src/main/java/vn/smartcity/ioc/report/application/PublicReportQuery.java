package vn.smartcity.ioc.report.application;

import java.time.Instant;
import java.util.List;

/**
 * Filters of the public list (portal and Open311 GET requests); null or empty means "any".
 * {@code open}: true = open, false = closed, null = both.
 */
public record PublicReportQuery(List<Long> ids, List<String> categoryCodes, String wardCode, Boolean open,
                                Instant from, Instant to, int offset, int limit) {

    public PublicReportQuery {
        ids = ids == null ? List.of() : List.copyOf(ids);
        categoryCodes = categoryCodes == null ? List.of() : List.copyOf(categoryCodes);
        offset = Math.max(0, offset);
        limit = Math.max(1, Math.min(limit, 1000));
    }
}
