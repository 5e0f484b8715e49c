package vn.smartcity.ioc.lighting.infrastructure;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import vn.smartcity.ioc.lighting.application.LightingCommands;
import vn.smartcity.ioc.lighting.application.LightingTelemetry;
import vn.smartcity.ioc.lighting.domain.LightingCodes;
import vn.smartcity.ioc.shared.infrastructure.Jsonp;
import vn.smartcity.ioc.lighting.domain.TelemetryBatch;

/**
 * The gateways' door: an answer to a command on {@code <prefix>/<gateway>/acks} settles it; a message on
 * {@code <prefix>/<gateway>/telemetry} is read ({@link TelemetryFormat}) and
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

    @EJB
    LightingCommands commands;

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public LightingTelemetry.Outcome receive(String topic, byte[] payload) {
        if (topic.endsWith("/acks")) {
            answer(topic, payload);
            return null;
        }
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

    /** A gateway's answer to a command: {"commandId":"…","status":"ok"|"refused","detail":"…"}. */
    private void answer(String topic, byte[] payload) {
        String gateway = gatewayOf(topic, "acks");
        try (JsonReader reader = Jsonp.createReader(new StringReader(new String(payload, StandardCharsets.UTF_8)))) {
            JsonObject a = reader.readObject();
            String status = a.getString("status", "");
            if (gateway == null || !(status.equals("ok") || status.equals("refused"))) {
                deadLetters.reject(topic, payload, "an answer needs commandId and status ok or refused");
                return;
            }
            if (!commands.answered(gateway, a.getString("commandId"), status.equals("ok"), a.getString("detail", null))) {
                LOG.fine(() -> "gateway " + gateway + " answered a command that is not its own or not open");
            }
        } catch (RuntimeException e) {
            deadLetters.reject(topic, payload, "not an answer: " + e.getClass().getSimpleName());
        }
    }

    /** The gateway of a topic {@code …/<gateway>/telemetry}, if it is a valid code. */
    static String gatewayOf(String topic) {
        return gatewayOf(topic, "telemetry");
    }

    static String gatewayOf(String topic, String last) {
        String[] parts = topic.split("/");
        if (parts.length < 2 || !parts[parts.length - 1].equals(last)) {
            return null;
        }
        String g = parts[parts.length - 2];
        return LightingCodes.isCode(g) ? g : null;
    }
}
