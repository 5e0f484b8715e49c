package vn.smartcity.ioc.secmon.infrastructure;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;

import vn.smartcity.ioc.secmon.application.SecmonSettings;
import vn.smartcity.ioc.secmon.application.SecurityAlerts;
import vn.smartcity.ioc.secmon.application.SecurityEventStore;
import vn.smartcity.ioc.secmon.application.SecurityMonitor;
import vn.smartcity.ioc.secmon.domain.InvalidSyslogException;
import vn.smartcity.ioc.secmon.domain.RuleEngine;
import vn.smartcity.ioc.secmon.domain.SecurityEvent;
import vn.smartcity.ioc.secmon.domain.SyslogMessage;
import vn.smartcity.ioc.secmon.domain.SyslogParser;

/**
 * The syslog receiver (docs/secmon.md): UDP (one message per datagram) and TCP (octet-counting "LEN SP MSG" or
 * newline framing, told apart by each frame's first byte) on the configured address and ports. Three stages
 * joined by bounded buffers, so a flood never blocks the server and never grows its memory: receivers →
 * {@code inbound} → one evaluator thread (parse, rules, alerts) → {@code toStore} → one storer thread (a
 * database transaction per batch). A full buffer drops the new message and counts it; a message that is not
 * syslog, or longer than 64 KB (a TCP frame is then skipped to its end), is rejected and counted; a TCP
 * sender idle for 5 minutes is disconnected; at most {@code IOC_SYSLOG_MAX_CONNECTIONS} senders at once.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SyslogListener {

    private static final Logger LOG = Logger.getLogger(SyslogListener.class.getName());
    static final int MAX_FRAME = SyslogParser.MAX_LENGTH;
    static final int IDLE_MILLIS = 300_000;

    /** A message as received, not yet read. */
    record Raw(String text, String peer, String transport, Instant at) {
    }

    /** What the receiver did since the server started. */
    public record Counters(long received, long rejected, long dropped, long evaluated, long stored, long notStored,
                           long alerts, String lastRejection, boolean udp, boolean tcp) {
    }

    @Resource
    ManagedThreadFactory threads;

    @EJB
    SecurityMonitor monitor;

    @EJB
    SecurityEventStore store;

    @EJB
    SecurityAlerts alerts;

    private final SecmonSettings settings = SecmonSettings.fromEnvironment();
    private BlockingQueue<Raw> inbound;
    private BlockingQueue<SecurityEvent> toStore;
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong evaluated = new AtomicLong();
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong notStored = new AtomicLong();
    private final AtomicLong raised = new AtomicLong();
    private volatile String lastRejection;
    private volatile boolean running;
    private DatagramChannel udp;
    private ServerSocket tcp;
    private Semaphore connections;
    private final List<Thread> started = new ArrayList<>();
    private final RuleEngine engine = new RuleEngine();
    private volatile java.util.Map<String, Integer> assetBonus = java.util.Map.of();

    @PostConstruct
    void start() {
        inbound = new ArrayBlockingQueue<>(settings.buffer());
        toStore = new ArrayBlockingQueue<>(settings.buffer());
        connections = new Semaphore(settings.maxConnections());
        running = true;
        thread("secmon-evaluator", this::evaluate);
        thread("secmon-storer", this::storeLoop);
        if (settings.udpPort() > 0) {
            try {
                udp = DatagramChannel.open();
                udp.bind(new InetSocketAddress(settings.bind(), settings.udpPort()));
                thread("secmon-udp", this::udpLoop);
            } catch (IOException e) {
                LOG.log(Level.SEVERE, "syslog: cannot listen on UDP " + settings.bind() + ":" + settings.udpPort()
                        + " (" + e.getMessage() + "); UDP syslog is off");
                udp = null;
            }
        }
        if (settings.tcpPort() > 0) {
            try {
                tcp = new ServerSocket();
                tcp.setReuseAddress(true);
                tcp.bind(new InetSocketAddress(settings.bind(), settings.tcpPort()), 128);
                thread("secmon-tcp", this::acceptLoop);
            } catch (IOException e) {
                LOG.log(Level.SEVERE, "syslog: cannot listen on TCP " + settings.bind() + ":" + settings.tcpPort()
                        + " (" + e.getMessage() + "); TCP syslog is off");
                tcp = null;
            }
        }
        LOG.info(() -> "syslog: listening on " + settings.bind() + (udp != null ? " UDP " + settings.udpPort() : "")
                + (tcp != null ? " TCP " + settings.tcpPort() : ""));
    }

    @PreDestroy
    void stop() {
        running = false;
        try {
            if (udp != null) {
                udp.close();
            }
            if (tcp != null) {
                tcp.close();
            }
        } catch (IOException e) {
            // closing: nothing to do
        }
        started.forEach(Thread::interrupt);
    }

    public Counters counters() {
        return new Counters(received.get(), rejected.get(), dropped.get(), evaluated.get(), stored.get(),
                notStored.get(), raised.get(), lastRejection, udp != null, tcp != null);
    }

    private void thread(String name, Runnable body) {
        Thread t = threads.newThread(body);
        t.setName(name);
        t.setDaemon(true);
        started.add(t);
        t.start();
    }

    private void offer(String text, String peer, String transport) {
        received.incrementAndGet();
        if (!inbound.offer(new Raw(text, peer, transport, Instant.now()))) {
            dropped.incrementAndGet();
        }
    }

    /** An event of the IOC itself (AdminChangeRecorder), through the same pipeline. */
    public void local(String line) {
        offer(line, "127.0.0.1", "APP");
    }

    private void reject(String why) {
        rejected.incrementAndGet();
        lastRejection = why;
    }

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    private void udpLoop() {
        ByteBuffer buffer = ByteBuffer.allocate(65_536);
        CharsetDecoder utf8 = decoder();
        while (running) {
            try {
                buffer.clear();
                var from = udp.receive(buffer);
                buffer.flip();
                String peer = from instanceof InetSocketAddress a ? a.getAddress().getHostAddress() : String.valueOf(from);
                offer(utf8.decode(buffer).toString(), peer, "UDP");
            } catch (IOException e) {
                if (running) {
                    LOG.log(Level.WARNING, "syslog UDP: " + e.getMessage());
                }
                if (!udp.isOpen()) {
                    return;
                }
            }
        }
    }

    private void acceptLoop() {
        while (running) {
            try {
                Socket s = tcp.accept();
                if (!connections.tryAcquire()) {
                    reject("too many TCP senders: " + s.getInetAddress().getHostAddress() + " refused");
                    s.close();
                    continue;
                }
                thread("secmon-tcp-" + s.getInetAddress().getHostAddress(), () -> {
                    try {
                        read(s);
                    } finally {
                        connections.release();
                    }
                });
            } catch (IOException e) {
                if (!running || tcp.isClosed()) {
                    return;
                }
                LOG.log(Level.WARNING, "syslog TCP: " + e.getMessage());
            }
        }
    }

    /** One TCP sender: frames until it closes, idles 5 minutes, or sends an impossible frame length. */
    private void read(Socket s) {
        String peer = s.getInetAddress().getHostAddress();
        try (s; InputStream in = new BufferedInputStream(s.getInputStream(), 65_536)) {
            s.setSoTimeout(IDLE_MILLIS);
            ByteArrayOutputStream frame = new ByteArrayOutputStream(1024);
            while (running) {
                int first = in.read();
                if (first < 0) {
                    return;
                }
                if (first >= '1' && first <= '9') {
                    // octet counting (RFC 6587): LEN SP MSG
                    long length = first - '0';
                    int c;
                    while ((c = in.read()) >= '0' && c <= '9') {
                        length = length * 10 + (c - '0');
                        if (length > 100_000_000L) {
                            reject("TCP frame length beyond reason from " + peer + ": disconnected");
                            return;
                        }
                    }
                    if (c != ' ') {
                        reject("TCP frame from " + peer + " is neither octet-counted nor a line: disconnected");
                        return;
                    }
                    if (length > MAX_FRAME) {
                        in.skipNBytes(length);
                        reject("a frame of " + length + " bytes from " + peer + " (more than " + MAX_FRAME + ")");
                        continue;
                    }
                    byte[] bytes = in.readNBytes((int) length);
                    if (bytes.length < length) {
                        return;
                    }
                    offer(decoder().decode(ByteBuffer.wrap(bytes)).toString(), peer, "TCP");
                } else {
                    // newline framing: up to LF; a line longer than the limit is skipped to its end
                    frame.reset();
                    frame.write(first);
                    boolean tooLong = false;
                    int c;
                    while ((c = in.read()) >= 0 && c != '\n') {
                        if (frame.size() < MAX_FRAME) {
                            frame.write(c);
                        } else {
                            tooLong = true;
                        }
                    }
                    if (tooLong) {
                        reject("a line of more than " + MAX_FRAME + " bytes from " + peer);
                    } else if (frame.size() > 0 && !(frame.size() == 1 && first == '\r')) {
                        offer(decoder().decode(ByteBuffer.wrap(frame.toByteArray())).toString(), peer, "TCP");
                    }
                    if (c < 0) {
                        return;
                    }
                }
            }
        } catch (SocketTimeoutException e) {
            LOG.fine(() -> "syslog TCP " + peer + " idle: disconnected");
        } catch (IOException e) {
            LOG.fine(() -> "syslog TCP " + peer + ": " + e.getMessage());
        }
    }

    /** Parses, evaluates and hands on for storage; reloads the rules every 10 s. */
    private void evaluate() {
        long rulesAt = 0;
        List<Raw> batch = new ArrayList<>(2000);
        while (running) {
            try {
                if (System.currentTimeMillis() - rulesAt > 10_000) {
                    engine.rules(monitor.activeRules());
                    assetBonus = monitor.assetBonuses();
                    rulesAt = System.currentTimeMillis();
                }
                Raw first = inbound.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.clear();
                batch.add(first);
                inbound.drainTo(batch, 1999);
                for (Raw raw : batch) {
                    process(raw);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "syslog: evaluation failed (" + e + "); going on", e);
                rulesAt = 0;
            }
        }
    }

    void process(Raw raw) {
        SyslogMessage m;
        try {
            m = SyslogParser.parse(raw.text(), raw.peer(), raw.transport(), raw.at());
        } catch (InvalidSyslogException e) {
            reject(e.getMessage() + " (from " + raw.peer() + ")");
            return;
        }
        RuleEngine.Verdict verdict = engine.evaluate(m, raw.at().toEpochMilli());
        evaluated.incrementAndGet();
        if (!toStore.offer(new SecurityEvent(m, verdict.level(), verdict.ruleCode()))) {
            notStored.incrementAndGet();
        }
        for (RuleEngine.Hit hit : verdict.hits()) {
            // most hits stay below the alert level: decided here, without a transaction
            if (Math.min(15, hit.rule().getLevel() + bonus(m)) < settings.alertLevel()) {
                continue;
            }
            try {
                if (alerts.raise(hit, m) != null) {
                    raised.incrementAndGet();
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "syslog: alert of " + hit.rule().getCode() + " failed: " + e.getMessage());
            }
        }
    }

    private int bonus(SyslogMessage m) {
        Integer b = m.host() == null ? null : assetBonus.get(m.host().toLowerCase(java.util.Locale.ROOT));
        if (b == null && m.field("dst") != null) {
            b = assetBonus.get(m.field("dst").toLowerCase(java.util.Locale.ROOT));
        }
        return b == null ? 0 : b;
    }

    private void storeLoop() {
        List<SecurityEvent> batch = new ArrayList<>(1000);
        while (running) {
            try {
                SecurityEvent first = toStore.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.clear();
                batch.add(first);
                toStore.drainTo(batch, 999);
                try {
                    store.store(batch);
                    stored.addAndGet(batch.size());
                } catch (RuntimeException e) {
                    notStored.addAndGet(batch.size());
                    LOG.log(Level.WARNING, "syslog: " + batch.size() + " events not stored: " + e.getMessage());
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
