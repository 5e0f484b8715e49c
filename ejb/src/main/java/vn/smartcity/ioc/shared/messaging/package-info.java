/**
 * The names of the IOC's JMS destinations, in one place in code. The same names are in
 * wildfly-config/cli/configure-messaging.cli, which creates them; docs/messaging.md documents the messages.
 */
package vn.smartcity.ioc.shared.messaging;
