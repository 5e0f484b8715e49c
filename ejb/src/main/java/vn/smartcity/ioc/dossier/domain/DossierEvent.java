package vn.smartcity.ioc.dossier.domain;

import java.io.Serializable;
import java.time.Instant;

/**
 * One step of a dossier's handling, as the one-stop-shop system records it.
 *
 * @param eventId the one-stop-shop system's id of the event (a re-sent event is recognised by it)
 * @param unit    the unit the step concerns: the receiving unit (RECEIVED), the unit handed to (TRANSFERRED), else
 *                the handling unit; may be null
 * @param note    the reason of a refusal, what documents are asked for, etc.; may be null
 */
public record DossierEvent(String eventId, Kind kind, Instant at, String unit, String note) implements Serializable {

    public enum Kind {
        /** The one-stop desk (or the online portal, or the post) received the complete dossier: the clock starts. */
        RECEIVED(false),
        /** Handed to another unit (the handling department, a unit that gives its opinion). */
        TRANSFERRED(false),
        /** Additional documents are asked of the citizen: the clock pauses until they come. */
        SUPPLEMENT_REQUESTED(true),
        /** The citizen is to pay a fee or tax first (financial obligation): the clock pauses. */
        FINANCIAL_OBLIGATION(true),
        /** Handling is suspended by a decision (a dispute, an inspection): the clock pauses. */
        SUSPENDED(true),
        /** Handling goes on after a pause (the documents came, the obligation was met): the clock runs again. */
        RESUMED(false),
        /** The result is ready at the one-stop desk: the dossier's handling is finished; its timing is decided. */
        RESULT_READY(false),
        /** The result was handed to the citizen. */
        RETURNED(false),
        /** The dossier is refused, with the reason: not timed, counted apart. */
        REFUSED(false),
        /** The citizen withdrew the dossier: not timed, counted apart. */
        WITHDRAWN(false),
        /** The written apology to the citizen for a late result was sent (Decree 61/2018 art. 18 as amended). */
        APOLOGY_SENT(false);

        private final boolean pause;

        Kind(boolean pause) {
            this.pause = pause;
        }

        /** Whether the clock stops at this event until a RESUMED. */
        public boolean pause() {
            return pause;
        }
    }
}
