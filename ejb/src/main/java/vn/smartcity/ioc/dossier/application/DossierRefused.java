package vn.smartcity.ioc.dossier.application;

import java.util.List;

import vn.smartcity.ioc.shared.application.Refused;
import vn.smartcity.ioc.shared.domain.Text;

/** Events refused all together (the REST door): each bad one with its line and reason; nothing was stored. */
public class DossierRefused extends Refused {

    private static final long serialVersionUID = 1L;

    private final transient List<DossierIngest.Problem> problems;

    public DossierRefused(List<DossierIngest.Problem> problems) {
        super(Text.list(problems.stream().map(p -> new Text("dossier.problemAt", p.line(), p.eventId(), p.reason())).toList()));
        this.problems = List.copyOf(problems);
    }

    public DossierRefused(String key, Object... arguments) {
        super(key, arguments);
        this.problems = List.of();
    }

    /** Several reasons said as one (the bad lines of an import). */
    public DossierRefused(Text explanation) {
        super(explanation);
        this.problems = List.of();
    }

    /** A refusal of the domain passed on as it said it. */
    public DossierRefused(vn.smartcity.ioc.shared.domain.Invalid refusal) {
        super(refusal);
        this.problems = List.of();
    }

    public List<DossierIngest.Problem> problems() {
        return problems;
    }
}
