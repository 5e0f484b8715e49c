/** Backing beans of the administrators' pages under /console/admin (role admin): reference data. */
package vn.smartcity.ioc.web.console.admin;
