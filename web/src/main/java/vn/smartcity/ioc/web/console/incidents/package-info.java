/** Backing beans of the incident pages of the console: queue, new incident, incident detail with its actions. */
package vn.smartcity.ioc.web.console.incidents;
