/**
 * The IOC's application core. One package per bounded context, named in the city's words; inside each,
 * {@code domain} (entities, value objects, repository interfaces), {@code application} (session beans that own
 * transactions and security checks) and {@code infrastructure} (JPA repositories, JMS senders, MDBs).
 * See docs/architecture.md for the map of all contexts.
 */
package vn.smartcity.ioc;
