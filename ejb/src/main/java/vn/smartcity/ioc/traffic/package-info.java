/**
 * Context "traffic" (service 2, traffic monitoring): flow per camera and lane per minute (vehicles, average
 * speed, congestion), counted from the detection events of the camera context; violation candidates go to
 * the violation context (CandidateIntake). Console: /console/traffic.
 */
package vn.smartcity.ioc.traffic;
