package vn.smartcity.ioc.audit.domain;

/**
 * An administrative change made on the console (API keys, categories, cameras, detection rules, media sources
 * and topics, security rules and assets), fired as a CDI event by the service that made it; security
 * monitoring records it as one of the IOC's own security events once the change is committed.
 *
 * @param who    the staff member
 * @param what   what was changed, e.g. {@code api-key}, {@code camera}, {@code security-rule}
 * @param target which one (a code or id)
 * @param action {@code create}, {@code change} or {@code revoke}
 */
public record AdminChange(String who, String what, String target, String action) {
}
