/** Read access to the city's reference data for consoles, portal and APIs. */
package vn.smartcity.ioc.city.application;
