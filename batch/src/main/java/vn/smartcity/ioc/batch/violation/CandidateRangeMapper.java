package vn.smartcity.ioc.batch.violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.violation.domain.ViolationRepository;

/**
 * Spreads the cameras that have NEW candidates over {@code partitions} partitions (job parameter, default 2)
 * that run in parallel: all candidates of one camera go to one partition, in order, so that duplicates of a
 * camera are always judged by the same thread. The busiest cameras are placed first, each in the partition with
 * the fewest candidates so far, so that the partitions finish at about the same time (a busy crossroads and a
 * quiet street do not make one partition run alone at the end). A restart plans afresh (partitions override):
 * the cameras still having NEW candidates, spread by what they have left; the earlier partitions' checkpoints are
 * not used, since they belonged to another spread. Nothing is processed twice for it: a candidate is read only
 * while NEW, and its new status is written with its violation.
 */
@Named
@Dependent
public class CandidateRangeMapper implements PartitionMapper {

    @Inject
    @BatchProperty
    String partitions;

    @Inject
    ViolationRepository repository;

    @Override
    public PartitionPlan mapPartitions() {
        int wanted = partitions == null || partitions.isBlank() ? 2 : Math.max(1, Math.min(16, Integer.parseInt(partitions.strip())));
        List<List<String>> groups = spread(repository.newCandidatesPerCamera(), wanted);
        int count = groups.size();
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(count);
        plan.setPartitionsOverride(true);
        plan.setThreads(count);
        Properties[] properties = new Properties[count];
        for (int i = 0; i < count; i++) {
            properties[i] = new Properties();
            properties[i].setProperty("partition", Integer.toString(i + 1));
            properties[i].setProperty("cameras", String.join(",", groups.get(i)));
        }
        plan.setPartitionProperties(properties);
        return plan;
    }

    /**
     * The cameras in at most {@code wanted} groups of about the same number of candidates: largest first, each
     * into the group with the fewest so far (ties: the first such group); at least one group, even if empty.
     */
    static List<List<String>> spread(java.util.Map<String, Long> candidatesPerCamera, int wanted) {
        int count = Math.max(1, Math.min(wanted, candidatesPerCamera.size()));
        List<List<String>> groups = new ArrayList<>();
        long[] load = new long[count];
        for (int i = 0; i < count; i++) {
            groups.add(new ArrayList<>());
        }
        candidatesPerCamera.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(java.util.Map.Entry.comparingByKey()))
                .forEach(e -> {
                    int least = 0;
                    for (int i = 1; i < count; i++) {
                        if (load[i] < load[least]) {
                            least = i;
                        }
                    }
                    groups.get(least).add(e.getKey());
                    load[least] += e.getValue();
                });
        return groups;
    }
}
