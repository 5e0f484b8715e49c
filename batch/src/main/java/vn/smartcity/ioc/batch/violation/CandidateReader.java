package vn.smartcity.ioc.batch.violation;

import java.io.Serializable;
import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.violation.domain.PendingCandidate;
import vn.smartcity.ioc.violation.domain.ViolationRepository;

/**
 * Reads the NEW candidates of its partition's cameras in id order, a chunk's worth per query (the job's
 * itemCount), as {@link PendingCandidate}s. The checkpoint is the last id handed out; a restart continues after it,
 * and candidates already processed are no longer NEW, so none is processed twice.
 */
@Named
@Dependent
public class CandidateReader extends PageReader<PendingCandidate> {

    @Inject
    @BatchProperty
    String cameras;

    /** Candidates per query: the chunk's item count. */
    @Inject
    @BatchProperty
    String page;

    @Inject
    ViolationRepository repository;

    private List<String> cameraCodes;
    private int pageSize;

    @Override
    public void open(Serializable checkpoint) {
        cameraCodes = cameras == null || cameras.isBlank() ? List.of() : List.of(cameras.split(","));
        pageSize = page == null || page.isBlank() ? 500 : Math.max(1, Integer.parseInt(page.strip()));
        super.open(checkpoint);
    }

    @Override
    protected List<PendingCandidate> page(long after) {
        return repository.newCandidates(cameraCodes, after, pageSize);
    }

    @Override
    protected long idOf(PendingCandidate candidate) {
        return candidate.id();
    }
}
