/**
 * REST APIs of the IOC under /ioc/api (JAX-RS, JSON). Errors are RFC 9457 problem details
 * ({@code application/problem+json}); the OpenAPI document is at /openapi. docs/api.md has examples.
 */
package vn.smartcity.ioc.web.api;
