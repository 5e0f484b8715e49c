/**
 * The violation-processing job (META-INF/batch-jobs/violation-processing.xml): partitioned by camera, chunked
 * (candidates checked one by one, established and written per chunk), checkpointed, skipping bad candidates with
 * their reason, retrying transient database errors; the rules themselves are in the violation context
 * ({@code ViolationProcessing}). Also the notice-issuing job (notice-issuing.xml).
 */
package vn.smartcity.ioc.batch.violation;
