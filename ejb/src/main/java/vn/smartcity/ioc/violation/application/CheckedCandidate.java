package vn.smartcity.ioc.violation.application;

import vn.smartcity.ioc.violation.domain.PendingCandidate;
import vn.smartcity.ioc.violation.domain.Plate;

/** A candidate whose evidence was checked and whose plate was read: ready to become a violation or a duplicate. */
public record CheckedCandidate(PendingCandidate candidate, Plate plate) {
}
