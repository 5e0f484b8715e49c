package vn.smartcity.ioc.web.console.violations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.violation.application.PlateReview;
import vn.smartcity.ioc.web.shared.Messages;

/**
 * /console/violations/plates.xhtml: traffic officers read the plates the cameras could not, from the evidence
 * image, or reject the candidate with a reason. Each row has its own plate and reason field (by candidate id).
 */
@Named("plates")
@RequestScoped
public class PlatesBacking {

    @Inject
    PlateReview review;

    private final Map<Long, String> plate = new HashMap<>();
    private final Map<Long, String> reason = new HashMap<>();
    private List<PlateReview.Waiting> queue;
    private Long count;

    public void enter(long candidateId) {
        try {
            String read = review.enter(candidateId, plate.get(candidateId));
            Messages.info("plates.entered", Messages.text("plates.enteredDetail", candidateId, read));
            queue = null;
            count = null;
        } catch (PlateReview.Refused e) {
            refused(e);
        }
    }

    public void reject(long candidateId) {
        try {
            review.reject(candidateId, reason.get(candidateId));
            Messages.info("plates.rejected", Long.toString(candidateId));
            queue = null;
            count = null;
        } catch (PlateReview.Refused e) {
            refused(e);
        }
    }

    private static void refused(PlateReview.Refused e) {
        Messages.error("plates.refused." + e.key(), Messages.why(e));
    }

    public List<PlateReview.Waiting> getQueue() {
        if (queue == null) {
            queue = review.queue();
        }
        return queue;
    }

    public long getCount() {
        if (count == null) {
            count = review.count();
        }
        return count;
    }

    public Map<Long, String> getPlate() { return plate; }
    public Map<Long, String> getReason() { return reason; }
}
