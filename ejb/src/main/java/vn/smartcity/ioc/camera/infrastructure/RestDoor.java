package vn.smartcity.ioc.camera.infrastructure;

import java.time.Clock;

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
 * The REST door (POST /ioc/api/detections, the ioc-ingest web module): a body of one event or a batch is
 * checked whole and stored in one transaction, or refused whole with the reason (nothing half-stored).
 * The caller is an authenticated integration account; its name is kept as the events' sender.
 */
@Stateless
@PermitAll
public class RestDoor {

    @EJB
    DetectionIntake intake;

    @EJB
    CameraDirectory cameras;

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public DetectionIntake.Stored receive(String body, String sender) throws InvalidDetection {
        return intake.store(new DetectionMessages(cameras::codeOf, Clock.systemUTC()).parse(body), Door.REST, sender);
    }
}
