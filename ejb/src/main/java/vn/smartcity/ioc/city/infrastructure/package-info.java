/** JPA implementation of the city's reference-data repository. */
package vn.smartcity.ioc.city.infrastructure;
