package vn.smartcity.ioc.audit.application;

import java.time.Instant;

/** One audited change: revision, when, who, what (entity and id), how (added/changed/removed), and the result. */
public record AuditEntry(long revision, Instant at, String username, String entity, long entityId, String change,
                         String summary) {
}
