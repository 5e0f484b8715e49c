package vn.smartcity.ioc.report.application;

import java.time.Instant;

import vn.smartcity.ioc.report.domain.ApiClient;

/** An Open311 client as the admins see it (never the key). */
public record ApiClientView(long id, String name, String keyPrefix, String issuedBy, Instant issuedAt,
                            String revokedBy, Instant revokedAt) {

    static ApiClientView of(ApiClient c) {
        return new ApiClientView(c.getId(), c.getName(), c.getKeyPrefix(), c.getIssuedBy(), c.getIssuedAt(),
                c.getRevokedBy(), c.getRevokedAt());
    }
}
