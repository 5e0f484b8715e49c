/**
 * The incident workflow as session beans: one method per transition, each checking the caller's role and
 * department, the version the caller saw, and recording who, when and why.
 */
package vn.smartcity.ioc.incident.application;
