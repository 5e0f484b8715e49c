/**
 * Context "lighting" (service 7, smart street lighting), the central management system's side of TALQ:
 * luminaires, control cabinets and groups; control programs (switch points at a time of day or at sunset/sunrise
 * with an offset, computed for each luminaire's place by the astronomical clock), calendars that pick a program by
 * date range and weekday, special days that replace it, operators' overrides; the effective level of a luminaire
 * at any time (override &gt; special day &gt; program &gt; dusk-to-dawn default); telemetry from the gateways over
 * MQTT (the IOC's compact JSON and FIWARE Streetlight entities) and the faults it reveals. docs/lighting.md.
 */
package vn.smartcity.ioc.lighting;
