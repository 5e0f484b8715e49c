/**
 * The violation-processing job (META-INF/batch-jobs/violation-processing.xml): partitioned by candidate id
 * range, chunked, checkpointed, skipping bad candidates with their reason, retrying transient database errors;
 * the rules themselves are in the violation context ({@code ViolationProcessing}).
 */
package vn.smartcity.ioc.batch.violation;
