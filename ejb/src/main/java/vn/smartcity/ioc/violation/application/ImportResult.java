package vn.smartcity.ioc.violation.application;

import java.util.List;

/** What an import did: the rows stored, or (nothing stored) the problems by line number. */
public record ImportResult(int stored, List<String> problems) {

    public boolean ok() {
        return problems.isEmpty();
    }
}
