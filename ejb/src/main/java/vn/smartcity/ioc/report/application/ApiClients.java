package vn.smartcity.ioc.report.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import vn.smartcity.ioc.identity.application.CurrentStaff;
import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.report.domain.ApiClient;
import vn.smartcity.ioc.report.domain.ApiClientRepository;
import vn.smartcity.ioc.shared.domain.Sha256;

/** Admins issue Open311 API keys to the city's partner apps and revoke them. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ApiClients {

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<vn.smartcity.ioc.audit.domain.AdminChange> adminChanges;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ApiClientRepository clients;

    @Inject
    CurrentStaff currentStaff;

    Clock clock = Clock.systemUTC();

    /** A new key for a named client; the returned key is shown once and never stored in clear. */
    public IssuedKey issue(String name) {
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
            ApiClient client = clients.add(new ApiClient(name, key.substring(0, 6), Sha256.of(key),
                    who(), clock.instant()));
            adminChanges.fire(new vn.smartcity.ioc.audit.domain.AdminChange(who(), "api-key", name, "create"));
            return new IssuedKey(ApiClientView.of(client), key);
        } catch (IllegalArgumentException e) {
            throw new ReportRefusedException(ReportRefusedException.Problem.BAD_NAME, "name", e);
        }
    }

    public ApiClientView revoke(long id) {
        ApiClient client = clients.byId(id).orElseThrow(() -> new ReportRefusedException(
                ReportRefusedException.Problem.NOT_FOUND, null, "report.noApiClient", id));
        client.revoke(who(), clock.instant());
        adminChanges.fire(new vn.smartcity.ioc.audit.domain.AdminChange(who(), "api-key", Long.toString(id), "revoke"));
        return ApiClientView.of(client);
    }

    public List<ApiClientView> all() {
        return clients.all().stream().map(ApiClientView::of).toList();
    }

    private String who() {
        return currentStaff.get().orElseThrow().username();
    }

    /** A freshly issued key with its client. */
    public record IssuedKey(ApiClientView client, String key) {
    }
}
