package vn.smartcity.ioc.violation.application;

import java.util.List;

import vn.smartcity.ioc.shared.domain.Text;

/** What an import did: the rows stored, or (nothing stored) the problems by line number, each a sentence. */
public record ImportResult(int stored, List<Text> problems) {

    public boolean ok() {
        return problems.isEmpty();
    }

    /** The problems as one sentence (at most 20 of them), said in each reader's language. */
    public Text explanation() {
        return Text.list(problems.stream().limit(20).toList());
    }
}
