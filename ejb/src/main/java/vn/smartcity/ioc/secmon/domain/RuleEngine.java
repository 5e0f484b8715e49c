package vn.smartcity.ioc.secmon.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates the rules on each event, keeping in memory what frequency and distinct-value rules need: per rule
 * and group, the times of recent events (or the recent distinct values), and until when the group is quiet
 * after a hit. Bounded: at most {@value #MAX_GROUPS} groups per rule (the least recently seen are forgotten).
 * Not thread-safe: one thread evaluates (SyslogListener).
 */
public final class RuleEngine {

    static final int MAX_GROUPS = 50_000;

    /** A rule that fired: on which group, with how many events (or distinct values) in its window. */
    public record Hit(SecurityRule rule, String group, int count) {
    }

    /** What an event got: the highest level of the rules that looked at it (0: none), and the hits. */
    public record Verdict(int level, String ruleCode, List<Hit> hits) {
    }

    private static final class Group {
        final Deque<Long> times = new ArrayDeque<>();
        final Map<String, Long> values = new HashMap<>();
        long quietUntil;
    }

    private List<SecurityRule> rules = List.of();
    private final Map<String, Map<String, Group>> state = new HashMap<>();
    private final Map<String, Integer> versions = new HashMap<>();

    /** New rules; the memory of a rule whose version did not change is kept. */
    public void rules(List<SecurityRule> active) {
        Map<String, Integer> next = new HashMap<>();
        for (SecurityRule r : active) {
            next.put(r.getCode(), r.getVersion());
            if (!Integer.valueOf(r.getVersion()).equals(versions.get(r.getCode()))) {
                state.remove(r.getCode());
            }
        }
        state.keySet().retainAll(next.keySet());
        versions.clear();
        versions.putAll(next);
        this.rules = List.copyOf(active);
    }

    public Verdict evaluate(SyslogMessage m, long nowMillis) {
        int level = 0;
        String code = null;
        List<Hit> hits = null;
        for (SecurityRule r : rules) {
            if (!r.selects(m)) {
                continue;
            }
            if (code == null || r.getLevel() > level) {
                level = r.getLevel();
                code = r.getCode();
            }
            Hit hit = hit(r, m, nowMillis);
            if (hit != null) {
                if (hits == null) {
                    hits = new ArrayList<>(2);
                }
                hits.add(hit);
            }
        }
        return new Verdict(level, code, hits == null ? List.of() : hits);
    }

    private Hit hit(SecurityRule r, SyslogMessage m, long now) {
        String key = r.getGroupBy() == null ? (m.host() == null ? "-" : m.host()) : m.field(r.getGroupBy());
        if (key == null) {
            return null;
        }
        Group g = state.computeIfAbsent(r.getCode(), c -> new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Group> eldest) {
                return size() > MAX_GROUPS;
            }
        }).computeIfAbsent(key, k -> new Group());
        long window = r.getWindowSeconds() * 1000L;
        int count;
        switch (r.getKind()) {
            case MATCH -> count = 1;
            case FREQUENCY -> {
                g.times.addLast(now);
                while (!g.times.isEmpty() && g.times.peekFirst() <= now - window) {
                    g.times.removeFirst();
                }
                count = g.times.size();
            }
            default -> {
                String value = m.field(r.getDistinctField());
                if (value == null) {
                    return null;
                }
                g.values.put(value, now);
                g.values.values().removeIf(t -> t <= now - window);
                count = g.values.size();
            }
        }
        if (count < r.getThreshold() || now < g.quietUntil) {
            return null;
        }
        g.quietUntil = now + r.getSuppressSeconds() * 1000L;
        if (r.getKind() != SecurityRule.Kind.MATCH) {
            g.times.clear();
            g.values.clear();
        }
        return new Hit(r, key, count);
    }
}
