package vn.smartcity.ioc.lighting.infrastructure;

import java.time.Instant;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import vn.smartcity.ioc.lighting.application.LightingTelemetry;
import vn.smartcity.ioc.lighting.domain.TelemetryBatch;

/**
 * The gateways' door: a message on {@code <prefix>/<gateway>/telemetry} is read ({@link TelemetryFormat}) and
 * taken ({@link LightingTelemetry}) in one transaction; an unreadable one goes to the dead letters with its
 * reason (and is acknowledged: it would never read better). An exception (database down) leaves it
 * unacknowledged and the broker delivers it again.
 */
@Stateless
@PermitAll
public class LightingDoor {

    private static final Logger LOG = Logger.getLogger(LightingDoor.class.getName());

    @EJB
    LightingTelemetry telemetry;

    @EJB
    LightingDeadLetters deadLetters;

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public LightingTelemetry.Outcome receive(String topic, byte[] payload) {
        String gateway = gatewayOf(topic);
        if (gateway == null) {
            deadLetters.reject(topic, payload, "not a telemetry topic (<prefix>/<gateway>/telemetry)");
            return null;
        }
        TelemetryBatch batch;
        try {
            batch = TelemetryFormat.read(gateway, payload, Instant.now());
        } catch (TelemetryFormat.BadTelemetry e) {
            deadLetters.reject(topic, payload, e.getMessage());
            return null;
        }
        LightingTelemetry.Outcome outcome = telemetry.take(gateway, batch);
        if (outcome.unknown() + outcome.foreign() + outcome.refused() > 0) {
            LOG.fine(() -> "gateway " + gateway + ": " + outcome);
        }
        return outcome;
    }

    /** The gateway of a topic {@code …/<gateway>/telemetry}, if it is a valid code. */
    static String gatewayOf(String topic) {
        String[] parts = topic.split("/");
        if (parts.length < 2 || !parts[parts.length - 1].equals("telemetry")) {
            return null;
        }
        String g = parts[parts.length - 2];
        return g.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,39}") ? g : null;
    }
}
