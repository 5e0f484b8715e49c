import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import vn.smartcity.ioc.secmon.domain.RuleEngine;
import vn.smartcity.ioc.secmon.domain.SecurityRule;
import vn.smartcity.ioc.secmon.domain.SyslogMessage;
import vn.smartcity.ioc.secmon.domain.SyslogParser;

/**
 * The evaluator stage alone (docs/perf.md): parse and rule-evaluate generated syslog lines (the mix of
 * SyslogLoad) with the six rules seeded by V16, one thread, no network and no database.
 *
 * java -cp ejb/target/classes:JAKARTA_PERSISTENCE_API bench/SyslogParse.java [messages]
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
        Random r = new Random(1);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            lines.add(SyslogLoadLines.line(r, i));
        }
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

    /** The same mix as SyslogLoad. */
    static final class SyslogLoadLines {
        static String line(Random r, long n) {
            String ip = "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
            return switch ((int) (n % 3)) {
                case 0 -> "<38>1 2026-11-26T02:30:00.000Z web" + r.nextInt(20) + " sshd " + r.nextInt(65535)
                        + " - - Failed password for invalid user u" + r.nextInt(100_000) + " from " + ip + " port 22 ssh2";
                case 1 -> "<4>Nov 26 09:30:00 fw0" + r.nextInt(5) + " kernel: DROP IN=eth0 OUT= SRC=" + ip
                        + " DST=10.0.0.1 LEN=60 PROTO=TCP SPT=" + (1024 + r.nextInt(60000)) + " DPT=" + r.nextInt(65536);
                default -> "<134>1 2026-11-26T02:30:00Z av0" + r.nextInt(5) + " av - - - CEF:0|Vendor|AV|1.0|100|Scan "
                        + "finished|3|suser=nv" + r.nextInt(1000) + " src=" + ip + " msg=no threat found";
            };
        }
    }
}
