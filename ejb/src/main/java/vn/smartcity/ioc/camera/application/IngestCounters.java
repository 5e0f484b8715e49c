package vn.smartcity.ioc.camera.application;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;

import vn.smartcity.ioc.camera.domain.Door;

/** Detection events stored, dropped as duplicates and rejected, per door, on this node since it started. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class IngestCounters {

    /** What happened to events that came through one door. */
    public record Counts(long stored, long duplicates, long rejected) {
    }

    private final Map<Door, AtomicLong[]> counts = new EnumMap<>(Door.class);

    public IngestCounters() {
        for (Door door : Door.values()) {
            counts.put(door, new AtomicLong[] {new AtomicLong(), new AtomicLong(), new AtomicLong()});
        }
    }

    public void stored(Door door, int stored, int duplicates) {
        counts.get(door)[0].addAndGet(stored);
        counts.get(door)[1].addAndGet(duplicates);
    }

    public void rejected(Door door) {
        counts.get(door)[2].incrementAndGet();
    }

    public Map<Door, Counts> snapshot() {
        Map<Door, Counts> snapshot = new EnumMap<>(Door.class);
        counts.forEach((door, c) -> snapshot.put(door, new Counts(c[0].get(), c[1].get(), c[2].get())));
        return snapshot;
    }
}
