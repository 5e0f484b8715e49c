/** The IOC's MQTT client side (Eclipse Paho), shared by the doors that listen on the city's broker. */
package vn.smartcity.ioc.shared.infrastructure.mqtt;
