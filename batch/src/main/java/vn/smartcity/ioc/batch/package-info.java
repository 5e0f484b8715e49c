/**
 * Jakarta Batch jobs of the IOC, one package per job; job XML in META-INF/batch-jobs/&lt;job-id&gt;.xml.
 * Jobs run on JBeret with the JDBC job repository on IocDS (configure-batch.cli), so executions, their
 * status and checkpoints survive restarts. docs/batch.md lists the jobs and how to start them.
 */
package vn.smartcity.ioc.batch;
