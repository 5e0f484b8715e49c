/**
 * Domain-neutral building blocks shared by every context: persistence set-up (schema migrations),
 * the names of the messaging destinations, time and geography helpers.
 */
package vn.smartcity.ioc.shared;
