package vn.smartcity.ioc.batch.violation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.violation.application.ViolationProcessing;
import vn.smartcity.ioc.violation.domain.ViolationRepository;

/**
 * Reads the ids of the NEW candidates of its partition's cameras, in order, 200 at a time, and has each chunk's
 * candidates loaded together at its first read (ViolationProcessing.prefetch). The checkpoint is
 * the last id handed out; a restart continues after it, and candidates already processed are no longer NEW,
 * so none is processed twice.
 */
@Named
@Dependent
public class CandidateReader extends IdPageReader {

    static final int PAGE = 200;
    /** The chunk's item-count (violation-processing.xml): the candidates loaded together at a chunk's first read. */
    static final int CHUNK = 50;

    @Inject
    @BatchProperty
    String cameras;

    @Inject
    ViolationRepository repository;

    @Inject
    ViolationProcessing processing;

    private List<String> cameraCodes;

    @Override
    public void open(Serializable checkpoint) {
        cameraCodes = cameras == null || cameras.isBlank() ? List.of() : List.of(cameras.split(","));
        super.open(checkpoint);
    }

    /** Hands out the next id; at a chunk's first read, the chunk's candidates are loaded together. */
    @Override
    public Object readItem() {
        Long id = (Long) super.readItem();
        if (id != null) {
            List<Long> ids = new ArrayList<>(CHUNK);
            ids.add(id);
            ids.addAll(ahead(CHUNK - 1));
            processing.prefetch(ids);
        }
        return id;
    }

    @Override
    protected List<Long> page(long after) {
        return repository.newCandidateIds(cameraCodes, after, PAGE);
    }
}
