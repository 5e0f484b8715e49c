package vn.smartcity.ioc.secmon.domain;

import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import vn.smartcity.ioc.shared.domain.Invalid;

/**
 * A security rule: which events it looks at (a Java regular expression on one field), and what makes a hit:
 * each such event ({@code MATCH}), at least {@code threshold} of them with the same {@code groupBy} value within
 * {@code windowSeconds} ({@code FREQUENCY}: brute force), or at least {@code threshold} different values of
 * {@code distinctField} with the same {@code groupBy} value within the window ({@code DISTINCT}: a port scan).
 * A hit's level is the rule's (0–15), raised by the asset's criticality; after a hit the same rule and group are
 * quiet for {@code suppressSeconds}.
 */
@Entity
@Table(name = "security_rule")
public class SecurityRule {

    public enum Kind { MATCH, FREQUENCY, DISTINCT }

    public static final Set<String> FIELDS = Set.of("message", "host", "app", "peer", "msgid", "user", "src", "dst",
            "dpt", "cef.name", "cef.signature", "cef.vendor", "cef.product");
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "security_rule_seq")
    @SequenceGenerator(name = "security_rule_seq", sequenceName = "security_rule_seq", allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private Kind kind;

    @Column(name = "rule_level", nullable = false)
    private int level;

    @Column(name = "field_name", nullable = false, length = 40)
    private String fieldName;

    @Column(name = "pattern", nullable = false, length = 500)
    private String pattern;

    @Column(name = "group_by", length = 40)
    private String groupBy;

    @Column(name = "distinct_field", length = 40)
    private String distinctField;

    @Column(name = "threshold", nullable = false)
    private int threshold;

    @Column(name = "window_seconds", nullable = false)
    private int windowSeconds;

    @Column(name = "suppress_seconds", nullable = false)
    private int suppressSeconds;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @Transient
    private Pattern compiled;

    protected SecurityRule() {
    }

    public SecurityRule(String code, String name, Kind kind, int level, String fieldName, String pattern,
                        String groupBy, String distinctField, int threshold, int windowSeconds, int suppressSeconds,
                        boolean active, String by, Instant at) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new Invalid("secmon.ruleCode");
        }
        this.code = code;
        change(name, kind, level, fieldName, pattern, groupBy, distinctField, threshold, windowSeconds,
                suppressSeconds, active, by, at);
    }

    public void change(String name, Kind kind, int level, String fieldName, String pattern, String groupBy,
                       String distinctField, int threshold, int windowSeconds, int suppressSeconds, boolean active,
                       String by, Instant at) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new Invalid("secmon.name");
        }
        if (kind == null) {
            throw new Invalid("secmon.ruleKind");
        }
        if (level < 0 || level > 15) {
            throw new Invalid("secmon.ruleLevel");
        }
        for (String f : new String[] {fieldName, groupBy, distinctField}) {
            if (f != null && !f.isBlank() && !FIELDS.contains(f)) {
                throw new Invalid("secmon.ruleField", f, String.join(", ", FIELDS.stream().sorted().toList()));
            }
        }
        if (fieldName == null || fieldName.isBlank()) {
            throw new Invalid("secmon.ruleFieldRequired");
        }
        if (pattern == null || pattern.isBlank() || pattern.length() > 500) {
            throw new Invalid("secmon.rulePattern");
        }
        Pattern p;
        try {
            p = Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw new Invalid("secmon.ruleNotARegex", e.getDescription());
        }
        boolean grouped = groupBy != null && !groupBy.isBlank();
        if (kind != Kind.MATCH && !grouped) {
            throw new Invalid("secmon.ruleGroupBy", kind);
        }
        if (kind == Kind.DISTINCT && (distinctField == null || distinctField.isBlank())) {
            throw new Invalid("secmon.ruleDistinctField");
        }
        if (threshold < 1 || threshold > 100_000 || windowSeconds < 1 || windowSeconds > 86_400
                || suppressSeconds < 0 || suppressSeconds > 86_400) {
            throw new Invalid("secmon.ruleNumbers");
        }
        this.name = name.strip();
        this.kind = kind;
        this.level = level;
        this.fieldName = fieldName;
        this.pattern = pattern;
        this.compiled = p;
        this.groupBy = grouped ? groupBy : null;
        this.distinctField = kind == Kind.DISTINCT ? distinctField : null;
        this.threshold = kind == Kind.MATCH ? 1 : threshold;
        this.windowSeconds = windowSeconds;
        this.suppressSeconds = suppressSeconds;
        this.active = active;
        this.changedBy = by;
        this.changedAt = at;
    }

    /** Whether the rule looks at this event at all. */
    public boolean selects(SyslogMessage m) {
        String value = m.field(fieldName);
        if (value == null) {
            return false;
        }
        if (compiled == null) {
            compiled = Pattern.compile(pattern);
        }
        return compiled.matcher(value).find();
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public Kind getKind() { return kind; }
    public int getLevel() { return level; }
    public String getFieldName() { return fieldName; }
    public String getPattern() { return pattern; }
    public String getGroupBy() { return groupBy; }
    public String getDistinctField() { return distinctField; }
    public int getThreshold() { return threshold; }
    public int getWindowSeconds() { return windowSeconds; }
    public int getSuppressSeconds() { return suppressSeconds; }
    public boolean isActive() { return active; }
    public String getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
    public int getVersion() { return version; }
}
