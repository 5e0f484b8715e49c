/**
 * Lighting infrastructure: the MQTT door of the gateways ({@link vn.smartcity.ioc.lighting.infrastructure.LightingBridge}),
 * the telemetry formats ({@link vn.smartcity.ioc.lighting.infrastructure.TelemetryFormat}: the IOC's compact JSON,
 * FIWARE Streetlight in NGSI-LD normalized and key-values form) and the JPA repository.
 */
package vn.smartcity.ioc.lighting.infrastructure;
