package vn.smartcity.ioc.analytics.application;

import java.time.Instant;

/** Live counts shown on the console dashboard, read from the database at {@code readAt}. */
public record DashboardFigures(long wards, long communes, long departments, long activeCategories,
                               long batchJobInstances, Instant readAt) {
}
