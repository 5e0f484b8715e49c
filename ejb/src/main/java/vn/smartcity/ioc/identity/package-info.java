/**
 * Context "identity": who the logged-in staff member is, with their roles and departments. Authentication
 * is WildFly Elytron's (demo directory, government LDAP or OIDC, see wildfly-config); this context only reads
 * the identity Elytron established, for department scoping in every other context.
 */
package vn.smartcity.ioc.identity;
