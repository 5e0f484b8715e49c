package vn.smartcity.ioc.batch.violation;

import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.violation.domain.ViolationRepository;

/**
 * notice-issuing: the ids of the CONFIRMED violations in order, 100 at a time. A violation leaves CONFIRMED in
 * the chunk that issues its notice, so none gets two.
 */
@Named
@Dependent
public class ConfirmedViolationReader extends PageReader<Long> {

    @Inject
    ViolationRepository repository;

    @Override
    protected List<Long> page(long after) {
        return repository.confirmedViolationIds(after, 100);
    }

    @Override
    protected long idOf(Long id) {
        return id;
    }
}
