/**
 * The lighting domain: assets ({@link vn.smartcity.ioc.lighting.domain.Luminaire},
 * {@link vn.smartcity.ioc.lighting.domain.ControlCabinet}, {@link vn.smartcity.ioc.lighting.domain.LightingGroup}),
 * what they should do ({@link vn.smartcity.ioc.lighting.domain.SwitchPoint},
 * {@link vn.smartcity.ioc.lighting.domain.ControlProgram}, {@link vn.smartcity.ioc.lighting.domain.LightingCalendar},
 * {@link vn.smartcity.ioc.lighting.domain.SpecialDay}, {@link vn.smartcity.ioc.lighting.domain.LightingOverride},
 * computed by {@link vn.smartcity.ioc.lighting.domain.LightingPlan}) and what they report
 * ({@link vn.smartcity.ioc.lighting.domain.TelemetryReading}, judged by
 * {@link vn.smartcity.ioc.lighting.domain.FaultCheck} into {@link vn.smartcity.ioc.lighting.domain.LightingFault}s).
 */
package vn.smartcity.ioc.lighting.domain;
