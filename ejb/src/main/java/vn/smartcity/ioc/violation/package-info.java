/**
 * Context "violation" (service 2, penalties from camera evidence, phạt nguội): the fine schedule of
 * Decree 168/2024/NĐ-CP as versioned data, Vietnamese plates, the vehicle registry, officer review, penalty
 * notices and the export to the traffic police; processed by the Jakarta Batch jobs of ioc-batch. Built with
 * issue #5.
 */
package vn.smartcity.ioc.violation;
