package vn.smartcity.ioc.web.console.alerts;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;

import vn.smartcity.ioc.identity.application.CurrentStaff;
import vn.smartcity.ioc.identity.domain.StaffMember;
import vn.smartcity.ioc.web.security.ConsoleOrigins;

/**
 * Keeps who opened a live-alert feed (roles and departments, as Elytron established them for the handshake's
 * request) with the websocket session, so that each alert is sent only to the consoles that may see it
 * ({@link LiveAlertAudience}). A handshake from a page of another origin is refused ({@link #checkOrigin}).
 */
public class LiveAlertsHandshake extends ServerEndpointConfig.Configurator {

    /** Only the console's own pages may open the feed (403 otherwise, also without an Origin): {@link ConsoleOrigins}. */
    @Override
    public boolean checkOrigin(String originHeaderValue) {
        return ConsoleOrigins.allows(originHeaderValue);
    }

    /** The user property of a feed's session that holds its {@link StaffMember}. */
    static final String STAFF = "ioc.staff";

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        StaffMember member = CDI.current().select(CurrentStaff.class).get().get().orElse(null);
        if (member != null) {
            config.getUserProperties().put(STAFF, member);
        } else {
            config.getUserProperties().remove(STAFF);
        }
    }
}
