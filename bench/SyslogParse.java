import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import vn.smartcity.ioc.secmon.domain.RuleEngine;
import vn.smartcity.ioc.secmon.domain.SecurityRule;
import vn.smartcity.ioc.secmon.domain.SyslogMessage;
import vn.smartcity.ioc.secmon.domain.SyslogParser;

/**
 * The evaluator stage alone (docs/perf.md): parse and rule-evaluate syslog lines (the mix SyslogLoad.java
 * prints with --print) with the six rules seeded by V16, one thread, no network and no database.
 *
 * java -cp ejb/target/classes:JAKARTA_PERSISTENCE_API bench/SyslogParse.java [messages] [lines file]
 */
public class SyslogParse {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Instant at = Instant.parse("2026-11-26T02:30:00Z");
        String auth = "(?i)failed password|authentication failure|invalid user|login failed|SecurityAuthenticationFailedEvent";
        List<SecurityRule> rules = List.of(
                new SecurityRule("auth-failed", "a", SecurityRule.Kind.MATCH, 3, "message", auth, null, null, 1, 60, 0, true, "b", at),
                new SecurityRule("brute-force-user", "b", SecurityRule.Kind.FREQUENCY, 10, "message", auth, "user", null, 5, 120, 600, true, "b", at),
                new SecurityRule("brute-force-ip", "c", SecurityRule.Kind.FREQUENCY, 10, "message", auth, "src", null, 5, 120, 600, true, "b", at),
                new SecurityRule("port-scan", "d", SecurityRule.Kind.DISTINCT, 12, "dpt", ".+", "src", "dpt", 20, 60, 600, true, "b", at),
                new SecurityRule("malware", "e", SecurityRule.Kind.MATCH, 13, "message", "(?i)\\bmalware\\b|\\bvirus\\b|\\btrojan\\b|ransomware", "host", null, 1, 60, 300, true, "b", at),
                new SecurityRule("ioc-login-failures", "f", SecurityRule.Kind.FREQUENCY, 8, "message", "SecurityAuthenticationFailedEvent", "host", null, 20, 120, 600, true, "b", at));
        List<String> lines = Files.readAllLines(Path.of(args.length > 1 ? args[1] : "lines.txt"));
        for (int round = 1; round <= 3; round++) {
            RuleEngine engine = new RuleEngine();
            engine.rules(rules);
            long hits = 0;
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                SyslogMessage m = SyslogParser.parse(lines.get(i % lines.size()), "127.0.0.1", "UDP", at);
                hits += engine.evaluate(m, start / 1_000_000 + i / 20).hits().size();
            }
            double secs = (System.nanoTime() - start) / 1e9;
            System.out.printf("round %d: %d messages parsed and evaluated in %.2f s: %.0f/s (%d hits)%n", round, n, secs,
                    n / secs, hits);
        }
    }
}
