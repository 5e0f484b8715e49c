package vn.smartcity.ioc.lighting.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A command to a gateway (TALQ's override command, or the schedule the gateway keeps): its id (the gateway answers
 * with it, and a second delivery of the same id is one command), what it is, when it was sent and how often, until
 * the gateway acknowledges it or it expires. Sent again with a growing wait ({@link #backoff}) while unanswered.
 * Its message is made when it is sent, from what it names (an override, a schedule's days), so a re-sent command
 * says what is true then.
 */
@Entity
@Table(name = "lighting_command")
public class GatewayCommand {

    /** What the gateway is told. */
    public enum Kind { OVERRIDE, RESUME, SCHEDULE }

    /** Where a command is. */
    public enum State { PENDING, SENT, ACKNOWLEDGED, REFUSED, EXPIRED }

    /** The first wait for an answer; each further one doubles, up to {@link #LONGEST_WAIT}. */
    public static final Duration FIRST_WAIT = Duration.ofSeconds(10);
    public static final Duration LONGEST_WAIT = Duration.ofMinutes(5);

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "gateway", nullable = false, length = 40)
    private String gateway;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private Kind kind;

    /** The override's id (OVERRIDE, RESUME) or the schedule's first day, yyyy-MM-dd (SCHEDULE). */
    @Column(name = "subject", nullable = false, length = 40)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 12)
    private State state;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_sent_at")
    private Instant lastSentAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "detail", length = 200)
    private String detail;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected GatewayCommand() {
    }

    public GatewayCommand(String gateway, Kind kind, String subject, Instant at, Instant expiresAt) {
        this.id = UUID.randomUUID().toString();
        this.gateway = gateway;
        this.kind = kind;
        this.subject = subject;
        this.state = State.PENDING;
        this.createdAt = at;
        this.nextAttemptAt = at;
        this.expiresAt = expiresAt.isAfter(at) ? expiresAt : at.plusSeconds(1);
    }

    /** The wait after the n-th sending (1, 2, …): 10 s, 20 s, 40 s … at most 5 minutes. */
    public static Duration backoff(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 10));
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /** Whether it is to be sent (again) now. */
    public boolean due(Instant now) {
        return (state == State.PENDING || state == State.SENT) && nextAttemptAt != null && !nextAttemptAt.isAfter(now)
                && now.isBefore(expiresAt);
    }

    public void sent(Instant at) {
        attempts++;
        state = State.SENT;
        lastSentAt = at;
        nextAttemptAt = at.plus(backoff(attempts));
    }

    /** The broker was not there: try again at the next round, without counting it. */
    public void notSent(Instant at) {
        nextAttemptAt = at.plus(FIRST_WAIT);
    }

    /** The gateway's answer; a second answer, or one after expiry, changes nothing. Returns whether it counted. */
    public boolean answered(boolean accepted, String why, Instant at) {
        if (state != State.PENDING && state != State.SENT) {
            return false;
        }
        state = accepted ? State.ACKNOWLEDGED : State.REFUSED;
        answeredAt = at;
        nextAttemptAt = null;
        detail = why == null ? null : why.length() > 200 ? why.substring(0, 200) : why;
        return true;
    }

    /** Unanswered at its expiry: given up. */
    public boolean expireIfDue(Instant now) {
        if ((state == State.PENDING || state == State.SENT) && !now.isBefore(expiresAt)) {
            state = State.EXPIRED;
            nextAttemptAt = null;
            return true;
        }
        return false;
    }

    /** What it named is over (an override ended early): it expires now if still unanswered. */
    public void expireNow(Instant now) {
        if (state == State.PENDING || state == State.SENT) {
            expiresAt = now;
            expireIfDue(now);
        }
    }

    public String getId() { return id; }
    public String getGateway() { return gateway; }
    public Kind getKind() { return kind; }
    public String getSubject() { return subject; }
    public State getState() { return state; }
    public int getAttempts() { return attempts; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public Instant getLastSentAt() { return lastSentAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getAnsweredAt() { return answeredAt; }
    public String getDetail() { return detail; }
}
