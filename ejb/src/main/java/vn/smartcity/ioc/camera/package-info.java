/**
 * Context "camera" (service 1, public security and order): the camera registry (zones, lines, privacy masks,
 * health), detection events arriving on the JMS queue IocDetectionEvents (and over REST and MQTT from Frigate),
 * rules that turn events into live alerts and incidents, evidence with purpose-bound retention. Built with
 * issue #4.
 */
package vn.smartcity.ioc.camera;
