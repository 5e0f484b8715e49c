/**
 * Interfaces layer of the IOC: the operator console ({@code /console}, staff login), the citizen portal
 * ({@code /portal}, public), and the REST APIs ({@code /api}). Backing beans are named
 * {@code *Backing}, in packages that mirror the page paths; they only call the application services of ioc-ejb.
 */
package vn.smartcity.ioc.web;
