/**
 * Context "lighting" (service 7, smart street lighting): luminaires and cabinets on the map, calendars and
 * control programs (on/off/dim by schedule and by sunset/sunrise at the site), overrides, telemetry and fault
 * tickets, energy reports; modelled after TALQ and FIWARE Streetlight. Not yet scheduled.
 */
package vn.smartcity.ioc.lighting;
