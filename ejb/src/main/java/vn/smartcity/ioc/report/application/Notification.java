package vn.smartcity.ioc.report.application;

import java.time.Instant;

/**
 * A message for a citizen about their report (version 1 of the notifications queue's format, see
 * docs/messaging.md): {@code kind} is {@code report-received} or {@code report-status}.
 */
public record Notification(String kind, long reportId, String trackingCode, String email, String language,
                           String categoryVi, String categoryEn, String state, String action, String note,
                           Instant at) {

    public static final int VERSION = 1;
}
