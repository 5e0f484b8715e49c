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
 * camera are always judged by the same thread. The plan is kept by the job repository: a restart runs the
 * same partitions from their checkpoints.
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
        List<String> cameras = repository.camerasWithNewCandidates();
        int count = Math.max(1, Math.min(wanted, cameras.size()));
        List<List<String>> groups = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            groups.add(new ArrayList<>());
        }
        for (int i = 0; i < cameras.size(); i++) {
            groups.get(i % count).add(cameras.get(i));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(count);
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
}
