/** The staff roles of the IOC and the staff member value object. */
package vn.smartcity.ioc.identity.domain;
