package vn.smartcity.ioc.secmon.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Syslog (RFC 5424, RFC 3164), CEF, and the rules at their boundaries. */
class SecurityEventsTest {

    static final Instant NOW = Instant.parse("2026-11-26T02:30:00Z");

    static SyslogMessage parse(String raw) throws InvalidSyslogException {
        return SyslogParser.parse(raw, "10.0.0.99", "UDP", NOW);
    }

    @Test
    void rfc5424AsLoggerSendsIt() throws Exception {
        SyslogMessage m = parse("<13>1 2026-11-26T09:30:00.123456+07:00 web01 sshd 1234 - [timeQuality tzKnown=\"1\" "
                + "isSynced=\"0\"] Failed password for invalid user admin from 10.0.0.5 port 22 ssh2\n");
        assertEquals("RFC5424", m.format());
        assertEquals(1, m.facility());
        assertEquals(5, m.severity());
        assertEquals(Instant.parse("2026-11-26T02:30:00.123456Z"), m.timestamp());
        assertEquals("web01", m.host());
        assertEquals("sshd", m.app());
        assertEquals("1234", m.procId());
        assertEquals("admin", m.field("user"));
        assertEquals("10.0.0.5", m.field("src"));
        assertEquals("1", m.field("sd.tzKnown"));
        assertTrue(m.message().startsWith("Failed password"));
    }

    @Test
    void rfc3164AndAFirewallLine() throws Exception {
        SyslogMessage m = parse("<38>Nov 26 09:30:00 fw01 kernel: DROP IN=eth0 SRC=10.0.0.9 DST=10.0.0.1 DPT=445");
        assertEquals("RFC3164", m.format());
        assertEquals("fw01", m.host());
        assertEquals("kernel", m.app());
        assertEquals("10.0.0.9", m.field("src"));
        assertEquals("445", m.field("dpt"));
        assertEquals("10.0.0.1", m.field("dst"));
        SyslogMessage bare = parse("<13>just a message from a device without a header");
        assertEquals("10.0.0.99", bare.host(), "without a header the sender's address is the host");
        assertNull(bare.timestamp());
    }

    @Test
    void cefInsideSyslogAndAlone() throws Exception {
        SyslogMessage m = parse("<134>1 2026-11-26T02:30:00Z av01 av - - - CEF:0|Kaspersky|KES|11|MW01|Malware "
                + "detected|9|suser=nv.a src=10.0.0.7 dst=10.0.0.20 dpt=445 msg=Trojan.Win32 found in C:\\\\tmp");
        assertEquals("CEF", m.format());
        assertEquals("Malware detected", m.field("cef.name"));
        assertEquals("nv.a", m.field("user"));
        assertEquals("10.0.0.7", m.field("src"));
        assertEquals("445", m.field("dpt"));
        assertEquals("Trojan.Win32 found in C:\\tmp", m.field("cef.msg"));
        SyslogMessage alone = parse("CEF:0|Vendor|IDS|1.0|100|Port scan\\|sweep|7|src=10.1.1.1");
        assertEquals("Port scan|sweep", alone.field("cef.name"));
    }

    @Test
    void wildflyElytronAuditEvents() throws Exception {
        SyslogMessage m = parse("<14>1 2026-11-26T02:40:00.123Z ioc java - - - {\"event\":\"SecurityAuthenticationFailedEvent\","
                + "\"event-time\":\"2026-11-26 02:40:00\",\"security-identity\":{\"name\":\"anonymous\",\"creation-time\":"
                + "\"2026-11-26 02:27:56\"},\"success\":false,\"principal\":\"operator\"}");
        assertEquals("operator", m.field("user"));
        assertEquals("ioc", m.host());
        SyslogMessage unknown = parse("<14>1 2026-11-26T02:40:00.123Z ioc java - - - {\"event\":\"SecurityAuthenticationFailedEvent\","
                + "\"security-identity\":{\"name\":\"anonymous\"},\"success\":false,\"principal\":null}");
        assertNull(unknown.field("user"), "never the anonymous identity");
        SyslogMessage ok = parse("<14>1 2026-11-26T02:40:00.123Z ioc java - - - {\"event\":\"SecurityAuthenticationSuccessfulEvent\","
                + "\"security-identity\":{\"name\":\"admin\",\"creation-time\":\"x\"},\"success\":true}");
        assertEquals("admin", ok.field("user"));
    }

    @Test
    void junkIsRefusedWithWhy() {
        assertEquals("no <PRI> at the start", assertThrows(InvalidSyslogException.class, () -> parse("hello")).getMessage());
        assertEquals("PRI above 191", assertThrows(InvalidSyslogException.class, () -> parse("<200>x")).getMessage());
        assertTrue(assertThrows(InvalidSyslogException.class, () -> parse("<13>ab\u0000\u0001cd")).getMessage()
                .startsWith("binary or control characters"));
        assertEquals("longer than 65536 characters", assertThrows(InvalidSyslogException.class,
                () -> parse("<13>" + "x".repeat(70_000))).getMessage());
        assertEquals("CEF: fewer than 8 fields", assertThrows(InvalidSyslogException.class,
                () -> parse("CEF:0|a|b")).getMessage());
        assertEquals("RFC 5424: bad TIMESTAMP yesterday", assertThrows(InvalidSyslogException.class,
                () -> parse("<13>1 yesterday h a - - - m")).getMessage());
    }

    static SecurityRule rule(String code, SecurityRule.Kind kind, String field, String pattern, String group,
                             String distinct, int threshold, int window) {
        return new SecurityRule(code, code, kind, 10, field, pattern, group, distinct, threshold, window, 600, true,
                "test", NOW);
    }

    @Test
    void bruteForceFiresAtTheFifthFailureInTwoMinutesOnce() throws Exception {
        RuleEngine engine = new RuleEngine();
        engine.rules(List.of(rule("brute", SecurityRule.Kind.FREQUENCY, "message", "(?i)failed password", "user", null, 5, 120)));
        SyslogMessage fail = parse("<13>1 - web01 sshd - - - Failed password for root from 10.0.0.5 port 22");
        long t = NOW.toEpochMilli();
        for (int i = 0; i < 4; i++) {
            assertEquals(List.of(), engine.evaluate(fail, t + i * 1000L).hits());
        }
        List<RuleEngine.Hit> hits = engine.evaluate(fail, t + 4000).hits();
        assertEquals(1, hits.size());
        assertEquals("root", hits.get(0).group());
        assertEquals(5, hits.get(0).count());
        assertEquals(10, engine.evaluate(fail, t + 5000).level(), "the rule still gives its level");
        assertEquals(List.of(), engine.evaluate(fail, t + 5000).hits(), "quiet after a hit");
        // spread out: never five within 120 s
        RuleEngine slow = new RuleEngine();
        slow.rules(List.of(rule("brute", SecurityRule.Kind.FREQUENCY, "message", "(?i)failed password", "user", null, 5, 120)));
        for (int i = 0; i < 10; i++) {
            assertEquals(List.of(), slow.evaluate(fail, t + i * 30_000L).hits(), "event " + i);
        }
        // another user is another group
        SyslogMessage other = parse("<13>1 - web01 sshd - - - Failed password for admin from 10.0.0.5 port 22");
        assertEquals(List.of(), slow.evaluate(other, t + 300_000).hits());
    }

    @Test
    void portScanAtTwentyDistinctPortsFromOneSource() throws Exception {
        RuleEngine engine = new RuleEngine();
        engine.rules(List.of(rule("scan", SecurityRule.Kind.DISTINCT, "dpt", ".+", "src", "dpt", 20, 60)));
        long t = NOW.toEpochMilli();
        for (int port = 1; port <= 19; port++) {
            SyslogMessage m = parse("<38>Nov 26 09:30:00 fw01 kernel: DROP SRC=10.0.0.9 DPT=" + port);
            assertEquals(List.of(), engine.evaluate(m, t + port).hits());
            assertEquals(List.of(), engine.evaluate(m, t + port).hits(), "the same port again is not another");
        }
        SyslogMessage twentieth = parse("<38>Nov 26 09:30:00 fw01 kernel: DROP SRC=10.0.0.9 DPT=20");
        assertEquals(20, engine.evaluate(twentieth, t + 100).hits().get(0).count());
        // twenty ports over more than the window: no scan
        RuleEngine slow = new RuleEngine();
        slow.rules(List.of(rule("scan", SecurityRule.Kind.DISTINCT, "dpt", ".+", "src", "dpt", 20, 60)));
        for (int port = 1; port <= 20; port++) {
            SyslogMessage m = parse("<38>Nov 26 09:30:00 fw01 kernel: DROP SRC=10.0.0.8 DPT=" + port);
            assertEquals(List.of(), slow.evaluate(m, t + port * 4000L).hits(), "port " + port);
        }
    }

    @Test
    void aBadRuleIsRefused() {
        assertEquals("pattern: not a regular expression (Unclosed group)", assertThrows(IllegalArgumentException.class,
                () -> rule("x1", SecurityRule.Kind.MATCH, "message", "(abc", null, null, 1, 60)).getMessage());
        assertEquals("group by: required for FREQUENCY", assertThrows(IllegalArgumentException.class,
                () -> rule("x1", SecurityRule.Kind.FREQUENCY, "message", "abc", null, null, 5, 60)).getMessage());
    }
}
