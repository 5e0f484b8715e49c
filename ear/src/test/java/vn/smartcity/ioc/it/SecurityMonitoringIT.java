package vn.smartcity.ioc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.smartcity.ioc.it.support.Http;
import vn.smartcity.ioc.it.support.IocDeployment;
import vn.smartcity.ioc.it.support.LiveFeed;
import vn.smartcity.ioc.it.support.TestDirectory;

/**
 * Security monitoring with real senders: util-linux {@code logger} sends RFC 5424 and RFC 3164 over UDP and TCP
 * (newline and octet-counting framing) to the IOC's syslog receiver (port 5514 on the test server); the rules
 * fire and stay silent at their boundaries (4 vs 5 failed logins, 19 vs 20 ports); a port scan opens a
 * security incident; the IOC's own failed console logins arrive through Elytron's syslog audit; a 1 MB line
 * and binary junk are rejected and the receiver goes on.
 */
@ExtendWith({TestDirectory.class, ArquillianExtension.class})
@RunAsClient
class SecurityMonitoringIT extends IocDeployment {

    static final String PAGE = "/console/security/index.xhtml";
    static final int PORT = 5514;

    static void logger(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("logger", "-n", "127.0.0.1", "-P", Integer.toString(PORT)));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS), "logger ended");
        assertEquals(0, p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    static String await(Http admin, String query, Predicate<String> done) throws Exception {
        String page = "";
        for (int i = 0; i < 60; i++) {
            page = admin.get(PAGE + query).body();
            if (done.test(page)) {
                return page;
            }
            Thread.sleep(250);
        }
        return page;
    }

    static String text(String token) {
        return "?text=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    @Test
    void loggerOverUdpAndTcpInBothFormatsIsReceivedAndSearchable() throws Exception {
        String tok = "it" + UUID.randomUUID().toString().substring(0, 8);
        logger("--rfc5424", "-d", "-t", "ioc-it", "udp 5424 " + tok);
        logger("--rfc3164", "-d", "-t", "ioc-it", "udp 3164 " + tok);
        logger("--rfc5424", "-T", "-t", "ioc-it", "tcp 5424 " + tok);
        logger("--rfc3164", "-T", "--octet-count", "-t", "ioc-it", "tcp 3164 octets " + tok);
        Http admin = new Http();
        admin.login("admin", "demo");
        String page = await(admin, text(tok), p -> count(p, "data-event=") == 4);
        assertEquals(4, count(page, "data-event="), page);
        assertEquals(2, count(page, "data-format=\"RFC5424\""));
        assertEquals(2, count(page, "data-format=\"RFC3164\""));
        assertEquals(2, count(page, "data-transport=\"UDP\""));
        assertEquals(2, count(page, "data-transport=\"TCP\""));
        assertTrue(page.contains("tcp 3164 octets " + tok));
    }

    @Test
    void bruteForceAtTheFifthFailureAndAPortScanAtTheTwentiethPortOpensAnIncident() throws Exception {
        String user = "u" + UUID.randomUUID().toString().substring(0, 8);
        int b = 1 + (int) (Math.random() * 200);
        String ip = "10.77." + b + ".1";
        Http admin = new Http();
        admin.login("admin", "demo");
        for (int i = 1; i <= 4; i++) {
            logger("--rfc5424", "-d", "-t", "sshd", "Failed password for invalid user " + user + " from " + ip + " port 22 ssh2");
        }
        String page = await(admin, text(user), p -> count(p, "data-event=") == 4);
        assertEquals(4, count(page, "data-event="), "four stored");
        assertTrue(page.contains("data-level=\"10\""), "the frequency rule gave them its level");
        assertFalse(admin.get(PAGE).body().contains("data-rule=\"brute-force-user\" data-level=\"10\" data-group=\"" + user + "\""),
                "four failures: silent");
        logger("--rfc5424", "-d", "-t", "sshd", "Failed password for invalid user " + user + " from " + ip + " port 22 ssh2");
        page = await(admin, "", p -> p.contains("data-group=\"" + user + "\""));
        assertTrue(page.contains("data-rule=\"brute-force-user\" data-level=\"10\" data-group=\"" + user + "\""), page);

        // a port scan, as a firewall reports it over TCP: 19 ports silent, the 20th an alert and an incident
        String scanner = "10.78." + b + ".9";
        StringBuilder lines = new StringBuilder();
        for (int port = 1; port <= 19; port++) {
            lines.append("<38>Nov 26 09:30:00 fw01 kernel: DROP IN=eth0 SRC=").append(scanner).append(" DST=10.0.0.1 DPT=")
                    .append(1000 + port).append('\n');
        }
        try (Socket s = new Socket("127.0.0.1", PORT); OutputStream out = s.getOutputStream()) {
            out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
        }
        page = await(admin, text("SRC=" + scanner), p -> count(p, "data-event=") == 19);
        assertEquals(19, count(page, "data-event="));
        assertFalse(admin.get(PAGE).body().contains("data-group=\"" + scanner + "\""), "19 ports: silent");
        String live;
        String feedState;
        try (LiveFeed feed = LiveFeed.open(admin)) {
            try (Socket s = new Socket("127.0.0.1", PORT); OutputStream out = s.getOutputStream()) {
                out.write(("<38>Nov 26 09:30:01 fw01 kernel: DROP IN=eth0 SRC=" + scanner + " DST=10.0.0.1 DPT=2020\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            page = await(admin, "", p -> p.contains("data-group=\"" + scanner + "\""));
            live = feed.await(m -> m.contains("\"kind\":\"security-alert\"") && m.contains(scanner), 20);
            feedState = feed.closed() == null ? "open" : feed.closed();
        }
        assertTrue(page.contains("data-group=\"" + scanner + "\""), "a port-scan alert: " + page);
        assertTrue(live != null && live.contains("\"ruleCode\":\"port-scan\"") && live.contains("\"incidentId\":"),
                "the alert reached the consoles live: " + live + " (feed " + feedState + ")");
        Matcher scan = Pattern.compile("data-security-alert=\"(\\d+)\" data-rule=\"port-scan\" data-level=\"12\" data-group=\""
                + Pattern.quote(scanner) + "\"[\\s\\S]*?incident.xhtml\\?id=(\\d+)").matcher(page);
        assertTrue(scan.find(), page);
        Http supervisor = new Http();
        supervisor.login("supervisor", "demo");
        String incident = supervisor.get("/console/incidents/incident.xhtml?id=" + scan.group(2)).body();
        assertTrue(incident.contains(scanner), "the incident tells what happened");
        assertTrue(incident.contains("<dd id=\"incident-department\">SKHCN</dd>"),
                "a security incident goes to the department of information security, not the one-stop desk");
    }

    @Test
    void theIocsOwnFailedLoginsArriveThroughElytron() throws Exception {
        // five wrong passwords for an account of the directory (Elytron names the account tried)
        for (int i = 0; i < 5; i++) {
            new Http().login("analyst", "wrong-password-" + i);
        }
        Http admin = new Http();
        admin.login("admin", "demo");
        String page = await(admin, "", p -> p.contains("data-rule=\"brute-force-user\" data-level=\"13\" data-group=\"analyst\""));
        // the IOC server is a critical asset: brute force (10) + 3, at the incident level
        Matcher alert = Pattern.compile("data-rule=\"brute-force-user\" data-level=\"13\" data-group=\"analyst\"[\\s\\S]*?"
                + "incident.xhtml\\?id=(\\d+)").matcher(page);
        assertTrue(alert.find(), page);
        String events = admin.get(PAGE + "?host=ioc&text=SecurityAuthenticationFailedEvent").body();
        assertTrue(events.contains("data-user=\"analyst\""), events);
    }

    @Test
    void anAssetRaisesTheLevelAndTheChangeItselfIsASecurityEvent() throws Exception {
        String host = "db" + UUID.randomUUID().toString().substring(0, 6);
        Http admin = new Http();
        admin.login("admin", "demo");
        String page = admin.submit(admin.get(PAGE).body(), "assetForm", "save", Map.of("host", host,
                "name", "Cơ sở dữ liệu dịch vụ công", "owner", "Sở Khoa học và Công nghệ", "criticality", "HIGH")).body();
        assertTrue(page.contains("data-asset=\"" + host + "\" data-criticality=\"HIGH\""), page);
        // the change is recorded as the IOC's own security event, with who made it
        page = await(admin, "?host=ioc&text=" + host, p -> p.contains("data-user=\"admin\""));
        assertTrue(page.contains("admin change: create security-asset " + host + " by user admin"), page);
        // malware on the asset: 13 + 2, at the incident level (the rules reload every 10 s: the asset is known then)
        Thread.sleep(10_500);
        try (DatagramSocket udp = new DatagramSocket()) {
            byte[] line = ("<134>1 2026-11-26T02:30:00Z " + host + " av - - - CEF:0|Vendor|AV|1.0|MW|Malware detected|9|"
                    + "src=10.1.2.3 msg=Trojan.Agent found").getBytes(StandardCharsets.UTF_8);
            udp.send(new DatagramPacket(line, line.length, InetAddress.getLoopbackAddress(), PORT));
        }
        page = await(admin, "", p -> p.contains("data-rule=\"malware\" data-level=\"15\" data-group=\"" + host + "\""));
        assertTrue(page.contains("data-rule=\"malware\" data-level=\"15\" data-group=\"" + host + "\""), page);
    }

    @Test
    void aMegabyteLineAndBinaryJunkAreRejectedAndTheReceiverGoesOn() throws Exception {
        Http admin = new Http();
        admin.login("admin", "demo");
        long rejectedBefore = counter(admin.get(PAGE).body(), "data-rejected");
        try (Socket s = new Socket("127.0.0.1", PORT); OutputStream out = s.getOutputStream()) {
            byte[] line = new byte[1024 * 1024];
            java.util.Arrays.fill(line, (byte) 'A');
            line[0] = '<';
            out.write(line);
            out.write('\n');
        }
        try (DatagramSocket udp = new DatagramSocket()) {
            byte[] junk = new byte[512];
            new java.util.Random(1).nextBytes(junk);
            udp.send(new DatagramPacket(junk, junk.length, InetAddress.getLoopbackAddress(), PORT));
        }
        String tok = "after" + UUID.randomUUID().toString().substring(0, 8);
        logger("--rfc5424", "-d", "-t", "ioc-it", "still here " + tok);
        String page = await(admin, text(tok), p -> count(p, "data-event=") == 1
                && counter(p, "data-rejected") >= rejectedBefore + 2);
        assertEquals(1, count(page, "data-event="), "the receiver goes on");
        assertTrue(counter(page, "data-rejected") >= rejectedBefore + 2, "both rejected: " + page);
        assertTrue(page.contains("a line of more than 65536 bytes") || page.contains("binary or control characters"), page);
    }

    static long counter(String page, String attribute) {
        Matcher m = Pattern.compile(attribute + "=\"(\\d+)\"").matcher(page);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    static int count(String page, String text) {
        int n = 0;
        for (int i = page.indexOf(text); i >= 0; i = page.indexOf(text, i + 1)) {
            n++;
        }
        return n;
    }
}
