/**
 * The demo city: a few weeks of Lai Châu at work (incidents in every state with the citizen reports behind them,
 * violation candidates, security events and alerts), loaded on the first start of the embedded defaults only
 * ({@code IOC_DEMO_DATA=true}, which {@code mvn -Prun package} sets; never on a city's server), built through the
 * domain model with past times so that the console, the portal and the SLA watch meet a living city. The live
 * sources that go with it (the video-analytics worker on the synthetic scene, a local news feed, a syslog
 * generator) are started by wildfly-config/demo/run-demo.sh.
 */
package vn.smartcity.ioc.demo;
