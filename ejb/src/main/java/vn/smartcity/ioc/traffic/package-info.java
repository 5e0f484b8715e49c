/**
 * Context "traffic" (service 2, traffic monitoring): flow per camera and lane (counts, speed, congestion per
 * minute) and violation candidates with their evidence, fed by the detection pipeline. Built with issue #4.
 */
package vn.smartcity.ioc.traffic;
