/**
 * Device simulators for the IOC's tests and its demo run: {@link vn.smartcity.ioc.simulator.LightingGateway} (what
 * a street-lighting gateway does: keeps the schedule and overrides it is sent, answers each command, reports its
 * luminaires) and {@link vn.smartcity.ioc.simulator.GatewaySimulator} (the same on MQTT, with a control topic to
 * fail a lamp, lose supply or go offline). docs/lighting.md.
 */
package vn.smartcity.ioc.simulator;
