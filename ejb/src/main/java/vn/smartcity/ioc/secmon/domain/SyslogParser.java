package vn.smartcity.ioc.secmon.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one syslog message (framing already removed): RFC 5424 ({@code <PRI>1 TIMESTAMP HOST APP PROCID MSGID
 * SD MSG}) or RFC 3164 ({@code <PRI>Mmm dd hh:mm:ss HOST TAG[pid]: MSG}, leniently), and a CEF message
 * ({@code CEF:0|vendor|product|version|signature|name|severity|key=value …}) inside either or alone. RFC 3164
 * time stamps have no year and no zone: the current year in Vietnam's time is assumed. Refused: no {@code <PRI>}
 * (unless CEF alone), a PRI above 191, control characters other than tab, longer than the limit.
 */
public final class SyslogParser {

    public static final int MAX_LENGTH = 64 * 1024;
    static final ZoneId LOCAL = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Pattern USER = Pattern.compile("(?i)(?:\\buser[= ]|\\bfor (?:invalid user )?|\\blogin[= ]|\\busername[= ])\"?([A-Za-z0-9._@-]{1,64})");
    private static final Pattern FROM = Pattern.compile("(?i)\\b(?:from|src=|rhost=|client )\\s*(\\d{1,3}(?:\\.\\d{1,3}){3}|[0-9a-f:]{3,39})");
    private static final Pattern ELYTRON_NAME = Pattern.compile("\"security-identity\":\\{\"name\":\"([^\"]{1,64})\"");
    private static final Pattern ELYTRON_PRINCIPAL = Pattern.compile("\"principal\":\"([^\"]{1,64})\"");
    private static final Pattern DPT = Pattern.compile("\\bDPT=(\\d{1,5})");
    private static final Pattern DST = Pattern.compile("\\bDST=(\\d{1,3}(?:\\.\\d{1,3}){3})");

    private SyslogParser() {
    }

    public static SyslogMessage parse(String raw, String peer, String transport, Instant receivedAt)
            throws InvalidSyslogException {
        if (raw == null || raw.isEmpty()) {
            throw new InvalidSyslogException("empty message");
        }
        if (raw.length() > MAX_LENGTH) {
            throw new InvalidSyslogException("longer than " + MAX_LENGTH + " characters");
        }
        String s = stripTrailingNewline(raw);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' || c == 0x7f || c == '\uFFFD') {
                throw new InvalidSyslogException("binary or control characters at " + i);
            }
        }
        if (s.startsWith("CEF:")) {
            return withFields(new SyslogMessage("CEF", 1, -1, null, peer, null, null, null, null, s, null, peer,
                    transport, receivedAt), s);
        }
        if (!s.startsWith("<")) {
            throw new InvalidSyslogException("no <PRI> at the start");
        }
        int close = s.indexOf('>');
        if (close < 2 || close > 4) {
            throw new InvalidSyslogException("bad <PRI>");
        }
        int pri;
        try {
            pri = Integer.parseInt(s.substring(1, close));
        } catch (NumberFormatException e) {
            throw new InvalidSyslogException("bad <PRI>");
        }
        if (pri > 191) {
            throw new InvalidSyslogException("PRI above 191");
        }
        String rest = s.substring(close + 1);
        SyslogMessage m = rest.startsWith("1 ") ? rfc5424(pri, rest.substring(2), peer, transport, receivedAt)
                : rfc3164(pri, rest, peer, transport, receivedAt);
        return withFields(m, m.message());
    }

    private static String stripTrailingNewline(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r' || s.charAt(end - 1) == '\0')) {
            end--;
        }
        return s.substring(0, end);
    }

    private static SyslogMessage rfc5424(int pri, String s, String peer, String transport, Instant receivedAt)
            throws InvalidSyslogException {
        String[] head = new String[5];
        int pos = 0;
        for (int i = 0; i < 5; i++) {
            int sp = s.indexOf(' ', pos);
            if (sp < 0) {
                throw new InvalidSyslogException("RFC 5424: the header has fewer than 7 fields");
            }
            head[i] = s.substring(pos, sp);
            pos = sp + 1;
        }
        Instant ts = null;
        if (!"-".equals(head[0])) {
            try {
                ts = java.time.OffsetDateTime.parse(head[0]).toInstant();
            } catch (DateTimeParseException e) {
                throw new InvalidSyslogException("RFC 5424: bad TIMESTAMP " + clip(head[0]));
            }
        }
        String sd;
        if (s.startsWith("-", pos)) {
            sd = null;
            pos++;
        } else if (s.startsWith("[", pos)) {
            int end = endOfStructuredData(s, pos);
            sd = s.substring(pos, end);
            pos = end;
        } else {
            throw new InvalidSyslogException("RFC 5424: bad STRUCTURED-DATA");
        }
        String msg = pos < s.length() ? s.substring(pos).stripLeading() : "";
        if (msg.startsWith("\uFEFF")) {
            msg = msg.substring(1);
        }
        return new SyslogMessage(msg.startsWith("CEF:") ? "CEF" : "RFC5424", pri >> 3, pri & 7, ts, dash(head[1]),
                dash(head[2]), dash(head[3]), dash(head[4]), sd, msg, null, peer, transport, receivedAt);
    }

    private static int endOfStructuredData(String s, int pos) throws InvalidSyslogException {
        int i = pos;
        while (i < s.length() && s.charAt(i) == '[') {
            boolean quoted = false;
            i++;
            while (true) {
                if (i >= s.length()) {
                    throw new InvalidSyslogException("RFC 5424: STRUCTURED-DATA not closed");
                }
                char c = s.charAt(i);
                if (c == '\\' && quoted) {
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ']' && !quoted) {
                    i++;
                    break;
                }
                i++;
            }
        }
        return i;
    }

    private static SyslogMessage rfc3164(int pri, String s, String peer, String transport, Instant receivedAt) {
        Instant ts = null;
        String rest = s;
        if (s.length() >= 16 && s.charAt(3) == ' ' && s.charAt(15) == ' ') {
            try {
                String stamp = s.substring(0, 15).replace("  ", " ");
                LocalDateTime t = LocalDateTime.parse(ZonedDateTime.now(LOCAL).getYear() + " " + stamp,
                        DateTimeFormatter.ofPattern("yyyy MMM d HH:mm:ss", Locale.ENGLISH));
                ts = t.atZone(LOCAL).toInstant();
                rest = s.substring(16);
            } catch (DateTimeParseException e) {
                rest = s;
            }
        }
        String host = null;
        String app = null;
        String procId = null;
        String msg = rest;
        if (ts != null) {
            int sp = rest.indexOf(' ');
            if (sp > 0) {
                host = rest.substring(0, sp);
                msg = rest.substring(sp + 1);
            }
        }
        Matcher tag = Pattern.compile("^([A-Za-z0-9_./-]{1,48})(?:\\[([^\\]]{1,32})\\])?: ").matcher(msg);
        if (tag.find()) {
            app = tag.group(1);
            procId = tag.group(2);
            msg = msg.substring(tag.end());
        }
        return new SyslogMessage(msg.startsWith("CEF:") ? "CEF" : "RFC3164", pri >> 3, pri & 7, ts,
                host == null ? peer : host, app, procId, null, null, msg, null, peer, transport, receivedAt);
    }

    /** The fields the rules use, from CEF or from the text. */
    private static SyslogMessage withFields(SyslogMessage m, String text) throws InvalidSyslogException {
        Map<String, String> f = new HashMap<>();
        if (text.startsWith("CEF:")) {
            cef(text, f);
        }
        if (text.startsWith("{\"event\":\"Security")) {
            // WildFly Elytron's audit events (JSON): the account tried is "principal" (null when unknown); a
            // successful login's identity is "security-identity"."name"; never the anonymous identity
            Matcher principal = ELYTRON_PRINCIPAL.matcher(text);
            Matcher identity = ELYTRON_NAME.matcher(text);
            if (principal.find()) {
                f.put("user", principal.group(1));
            } else if (text.contains("AuthenticationSuccessful") && identity.find()) {
                f.put("user", identity.group(1));
            }
            return new SyslogMessage(m.format(), m.facility(), m.severity(), m.timestamp(), m.host(), m.app(),
                    m.procId(), m.msgId(), m.structuredData(), m.message(), f, m.peer(), m.transport(), m.receivedAt());
        }
        put(f, "user", USER, text);
        put(f, "src", FROM, text);
        put(f, "dpt", DPT, text);
        put(f, "dst", DST, text);
        if (m.structuredData() != null) {
            Matcher p = Pattern.compile("([A-Za-z0-9_.-]{1,32})=\"((?:[^\"\\\\]|\\\\.){0,256})\"").matcher(m.structuredData());
            while (p.find()) {
                f.putIfAbsent("sd." + p.group(1), p.group(2));
            }
        }
        int severity = m.severity();
        if ("CEF".equals(m.format()) && f.containsKey("cef.severity") && severity < 0) {
            severity = -1;
        }
        return new SyslogMessage(m.format(), m.facility(), severity, m.timestamp(), m.host(), m.app(), m.procId(),
                m.msgId(), m.structuredData(), m.message(), f, m.peer(), m.transport(), m.receivedAt());
    }

    private static void put(Map<String, String> f, String key, Pattern p, String text) {
        if (!f.containsKey(key)) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                f.put(key, m.group(1));
            }
        }
    }

    /** CEF:Version|Device Vendor|Device Product|Device Version|Signature ID|Name|Severity|Extension */
    static void cef(String text, Map<String, String> f) throws InvalidSyslogException {
        String[] parts = new String[8];
        int n = 0;
        StringBuilder cur = new StringBuilder();
        int i = 4;
        for (; i < text.length() && n < 7; i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                cur.append(text.charAt(++i));
            } else if (c == '|') {
                parts[n++] = cur.toString();
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (n < 7) {
            throw new InvalidSyslogException("CEF: fewer than 8 fields");
        }
        f.put("cef.vendor", parts[1]);
        f.put("cef.product", parts[2]);
        f.put("cef.signature", parts[4]);
        f.put("cef.name", parts[5]);
        f.put("cef.severity", parts[6]);
        String ext = text.substring(i);
        Matcher kv = Pattern.compile("([A-Za-z0-9_.]+)=((?:[^=\\\\]|\\\\.)*?)(?=\\s+[A-Za-z0-9_.]+=|$)").matcher(ext);
        while (kv.find()) {
            String key = kv.group(1);
            String value = kv.group(2).replace("\\=", "=").replace("\\\\", "\\").strip();
            switch (key) {
                case "suser", "duser" -> f.putIfAbsent("user", value);
                case "src" -> f.put("src", value);
                case "dst" -> f.put("dst", value);
                case "dpt" -> f.put("dpt", value);
                default -> f.put("cef." + key, value);
            }
        }
    }

    private static String dash(String s) {
        return "-".equals(s) ? null : s;
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
