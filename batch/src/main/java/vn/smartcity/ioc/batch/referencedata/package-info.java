/** Job reference-data-export: the city's reference data as a CSV file. */
package vn.smartcity.ioc.batch.referencedata;
