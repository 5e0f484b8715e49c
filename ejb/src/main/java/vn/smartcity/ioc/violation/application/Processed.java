package vn.smartcity.ioc.violation.application;

import vn.smartcity.ioc.violation.domain.Violation;

/** What became of one candidate: a violation (to store), or a duplicate of one already known. */
public record Processed(long candidateId, Violation violation) {
}
