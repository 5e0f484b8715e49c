/** Province, wards and communes, departments; the repository interface of the city's reference data. */
package vn.smartcity.ioc.city.domain;
