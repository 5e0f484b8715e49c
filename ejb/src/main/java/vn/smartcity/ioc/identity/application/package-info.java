/** The current staff member, for pages and session beans. */
package vn.smartcity.ioc.identity.application;
