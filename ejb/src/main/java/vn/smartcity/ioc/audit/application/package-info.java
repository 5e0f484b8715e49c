/** Reading the audit trail. */
package vn.smartcity.ioc.audit.application;
