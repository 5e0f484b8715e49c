/** Reads the current Elytron security identity (roles and the departments attribute). */
package vn.smartcity.ioc.identity.infrastructure;
