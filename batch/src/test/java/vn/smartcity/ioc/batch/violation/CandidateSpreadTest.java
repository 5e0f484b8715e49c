package vn.smartcity.ioc.batch.violation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** How violation-processing's partitions share the cameras. */
class CandidateSpreadTest {

    @Test
    void aBusyCameraGetsAPartitionOfItsOwnAndTheQuietOnesShareTheRest() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("CAM-A", 10L);
        counts.put("CAM-B", 10L);
        counts.put("CAM-BUSY", 100L);
        counts.put("CAM-C", 10L);
        counts.put("CAM-D", 10L);
        // round robin would have given CAM-BUSY and CAM-C (110) to one partition and 30 to the other
        assertEquals(List.of(List.of("CAM-BUSY"), List.of("CAM-A", "CAM-B", "CAM-C", "CAM-D")),
                CandidateRangeMapper.spread(counts, 2));
    }

    @Test
    void equalCamerasAreDealtOutEvenly() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 1; i <= 6; i++) {
            counts.put("CAM-0" + i, 50L);
        }
        assertEquals(List.of(List.of("CAM-01", "CAM-04"), List.of("CAM-02", "CAM-05"), List.of("CAM-03", "CAM-06")),
                CandidateRangeMapper.spread(counts, 3));
    }

    @Test
    void neverMorePartitionsThanCamerasAndAlwaysOne() {
        assertEquals(2, CandidateRangeMapper.spread(Map.of("CAM-A", 5L, "CAM-B", 7L), 16).size());
        assertEquals(List.of(List.of()), CandidateRangeMapper.spread(Map.of(), 4));
    }
}
