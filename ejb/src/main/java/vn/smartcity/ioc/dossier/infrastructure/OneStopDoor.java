package vn.smartcity.ioc.dossier.infrastructure;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import vn.smartcity.ioc.dossier.application.DossierEventLine;
import vn.smartcity.ioc.dossier.application.DossierIngest;
import vn.smartcity.ioc.dossier.application.DossierRefused;
import vn.smartcity.ioc.shared.domain.Invalid;

/**
 * The one-stop-shop door (POST /ioc/api/dossiers/events, the ioc-onestop web module): a body of one event or a
 * batch of up to {@value #MAX_EVENTS} is checked whole and stored in one transaction, or refused whole with every
 * bad event and its reason (nothing half-stored). The web module admits integration accounts with the role
 * "onestop" only.
 */
@Stateless
@PermitAll
public class OneStopDoor {

    public static final int MAX_EVENTS = 1000;

    @Inject
    DossierIngest ingest;

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public DossierIngest.Outcome receive(String body) {
        List<JsonObject> objects;
        try {
            objects = DossierEventFormat.array(body);
        } catch (Invalid e) {
            throw new DossierRefused(e);
        }
        if (objects.isEmpty() || objects.size() > MAX_EVENTS) {
            throw new DossierRefused("dossier.door.batchSize", MAX_EVENTS);
        }
        List<DossierEventLine> lines = new ArrayList<>();
        List<DossierIngest.Problem> problems = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            try {
                lines.add(DossierEventFormat.fromJson(objects.get(i), i + 1));
            } catch (Invalid e) {
                problems.add(new DossierIngest.Problem(i + 1, objects.get(i).getString("event_id", null), e.explanation()));
            }
        }
        return ingest.strict(lines, problems);
    }
}
