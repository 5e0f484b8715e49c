package vn.smartcity.ioc.batch.violation;

import java.io.Serializable;
import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.violation.domain.ViolationRepository;

/**
 * Reads the ids of the NEW candidates of its partition's cameras, in order, 200 at a time. The checkpoint is
 * the last id handed out; a restart continues after it, and candidates already processed are no longer NEW,
 * so none is processed twice.
 */
@Named
@Dependent
public class CandidateReader extends IdPageReader {

    static final int PAGE = 200;

    @Inject
    @BatchProperty
    String cameras;

    @Inject
    ViolationRepository repository;

    private List<String> cameraCodes;

    @Override
    public void open(Serializable checkpoint) {
        cameraCodes = cameras == null || cameras.isBlank() ? List.of() : List.of(cameras.split(","));
        super.open(checkpoint);
    }

    @Override
    protected List<Long> page(long after) {
        return repository.newCandidateIds(cameraCodes, after, PAGE);
    }
}
