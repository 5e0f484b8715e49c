/** GET /api/city/...: the city's public reference data (wards and communes, departments). */
package vn.smartcity.ioc.web.api.city;
