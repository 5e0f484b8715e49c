/**
 * Context "city": the province, its wards and communes, and its departments/agencies. Reference data,
 * loaded by migration and edited later by administrators; every other context refers to it by code.
 */
package vn.smartcity.ioc.city;
