/**
 * Lighting services: the asset register and its import, programs, calendars, special days and overrides
 * ({@link vn.smartcity.ioc.lighting.application.LightingControl}), telemetry intake and fault handling
 * ({@link vn.smartcity.ioc.lighting.application.LightingTelemetry}).
 */
package vn.smartcity.ioc.lighting.application;
