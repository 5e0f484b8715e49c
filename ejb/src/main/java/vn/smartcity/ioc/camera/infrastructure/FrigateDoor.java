package vn.smartcity.ioc.camera.infrastructure;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import vn.smartcity.ioc.camera.application.CameraDirectory;
import vn.smartcity.ioc.camera.application.DetectionIntake;
import vn.smartcity.ioc.camera.domain.Door;
import vn.smartcity.ioc.camera.domain.InvalidDetection;

/**
 * One Frigate MQTT message, in one transaction: its event stored (once), or the message moved to the
 * detection dead letters with its reason. Returns normally in both cases, so the bridge acknowledges it; an
 * exception (database down) leaves it unacknowledged and the broker delivers it again.
 */
@Stateless
@PermitAll
public class FrigateDoor {

    @EJB
    DetectionIntake intake;

    @EJB
    DeadLetters deadLetters;

    @EJB
    CameraDirectory cameras;

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void receive(String topic, byte[] payload, String clientId) {
        try {
            new FrigateEvents(cameras::codeOf).map(topic, payload)
                    .ifPresent(d -> intake.store(List.of(d), Door.MQTT, clientId));
        } catch (InvalidDetection e) {
            String body = new String(payload, 0, Math.min(payload.length, DeadLetters.MAX_BODY), StandardCharsets.UTF_8);
            deadLetters.reject(body, topic + ": " + e.getMessage(), Door.MQTT);
        }
    }
}
