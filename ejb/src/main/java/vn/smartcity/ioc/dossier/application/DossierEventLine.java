package vn.smartcity.ioc.dossier.application;

import java.time.Instant;

import vn.smartcity.ioc.dossier.domain.Channel;
import vn.smartcity.ioc.dossier.domain.DossierEvent;

/**
 * One event of the one-stop-shop feed as it comes (a JSON object or a CSV line of docs/dossiers.md), its fields
 * checked for form: a dossier's first event (RECEIVED) names its procedure and channel, and may name the handling
 * department (else the procedure's).
 *
 * @param line where it was in its file or batch (1 = the first event), for the reasons of a refusal
 */
public record DossierEventLine(int line, String eventId, String dossierCode, DossierEvent.Kind kind, Instant at,
                               String procedureCode, String departmentCode, String unit, Channel channel, String note,
                               Integer rating) {

    public DossierEvent event() {
        return new DossierEvent(eventId, kind, at, unit, note);
    }
}
