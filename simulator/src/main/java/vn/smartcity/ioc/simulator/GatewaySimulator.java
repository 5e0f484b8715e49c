package vn.smartcity.ioc.simulator;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * A street-lighting gateway on MQTT (docs/lighting.md): receives the IOC's commands on
 * {@code <prefix>/<gateway>/commands} (QoS 1, a persistent session: commands sent while it is away arrive when it
 * is back) and answers each on {@code …/acks}; reports its luminaires on {@code …/telemetry} every {@code every};
 * takes control messages on {@code …/simulator}: {@code {"fail":"LC-0001"}}, {@code {"repair":"LC-0001"}},
 * {@code {"supply":"lost"}} / {@code "restored"}, {@code {"offline":60}} (away for 60 s: its reports are kept and
 * sent in order when it is back, as a gateway re-sends what the IOC did not get), {@code {"report":true}}.
 * <pre>
 * simulator/bin/ioc-gateway-simulator --broker tcp://127.0.0.1:1883 --register luminaires.csv --gateway gw-01 [--every 60] [--prefix ioc/lighting]
 * </pre>
 */
public final class GatewaySimulator implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(GatewaySimulator.class.getName());

    private final String broker;
    private final String prefix;
    private final LightingGateway gateway;
    private final Duration every;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "gateway-simulator");
        t.setDaemon(true);
        return t;
    });
    private final Deque<String> unsent = new ArrayDeque<>();
    private MqttClient client;
    private volatile Instant offlineUntil = Instant.MIN;
    private volatile int published;

    public GatewaySimulator(String broker, String prefix, LightingGateway gateway, Duration every) {
        this.broker = broker;
        this.prefix = prefix.replaceAll("/+$", "");
        this.gateway = gateway;
        this.every = every;
    }

    public LightingGateway gateway() {
        return gateway;
    }

    /** Telemetry messages published so far. */
    public int published() {
        return published;
    }

    private String topic(String last) {
        return prefix + "/" + gateway.name() + "/" + last;
    }

    public synchronized void start() throws MqttException {
        client = new MqttClient(broker, "sim-" + gateway.name(), new MemoryPersistence());
        connect();
        timer.scheduleAtFixedRate(this::tick, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void connect() throws MqttException {
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(false);
        options.setAutomaticReconnect(false);
        options.setConnectionTimeout(10);
        client.connect(options);
        client.subscribe(new String[] {topic("commands"), topic("simulator")}, new int[] {1, 1}, new org.eclipse.paho.client.mqttv3.IMqttMessageListener[] {
                (t, m) -> answer(new String(m.getPayload(), StandardCharsets.UTF_8)),
                (t, m) -> control(new String(m.getPayload(), StandardCharsets.UTF_8))});
    }

    private void answer(String command) {
        String ack = gateway.command(command);
        if (ack != null) {
            timer.execute(() -> publish(topic("acks"), ack));
        }
    }

    private void control(String message) {
        try {
            if (message.contains("\"offline\"")) {
                long seconds = Long.parseLong(message.replaceAll("\\D+", " ").strip().split(" ")[0]);
                timer.execute(() -> offline(Duration.ofSeconds(seconds)));
            } else if (message.contains("\"report\"")) {
                timer.execute(this::tick);
            } else {
                gateway.control(message);
                timer.execute(this::tick);
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> gateway.name() + ": " + e.getMessage());
        }
    }

    /** Away from the broker for a while: reports are kept, commands wait at the broker. */
    public void offline(Duration away) {
        offlineUntil = Instant.now().plus(away);
        try {
            client.disconnect();
        } catch (MqttException e) {
            LOG.log(Level.FINE, "disconnect", e);
        }
        timer.schedule(this::back, away.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info(() -> gateway.name() + ": offline for " + away.toSeconds() + " s");
    }

    private void back() {
        try {
            connect();
            LOG.info(() -> gateway.name() + ": back; sending " + unsent.size() + " kept report(s)");
            flush();
        } catch (MqttException e) {
            LOG.warning(() -> gateway.name() + ": not back (" + e.getMessage() + "), trying again in 5 s");
            timer.schedule(this::back, 5, TimeUnit.SECONDS);
        }
    }

    private void tick() {
        unsent.add(gateway.report(Instant.now()));
        if (Instant.now().isAfter(offlineUntil) && client.isConnected()) {
            flush();
        }
    }

    private void flush() {
        while (!unsent.isEmpty()) {
            if (!publish(topic("telemetry"), unsent.peek())) {
                return;
            }
            unsent.poll();
            published++;
        }
    }

    private boolean publish(String topic, String payload) {
        try {
            client.publish(topic, payload.getBytes(StandardCharsets.UTF_8), 1, false);
            return true;
        } catch (MqttException e) {
            LOG.log(Level.FINE, "publish on " + topic, e);
            return false;
        }
    }

    @Override
    public synchronized void close() {
        timer.shutdownNow();
        try {
            if (client != null) {
                if (client.isConnected()) {
                    client.disconnect();
                }
                client.close();
            }
        } catch (MqttException e) {
            LOG.log(Level.FINE, "close", e);
        }
    }

    public static void main(String[] args) throws Exception {
        String broker = "tcp://127.0.0.1:1883";
        String prefix = "ioc/lighting";
        Path register = null;
        List<String> gateways = new ArrayList<>();
        Duration every = Duration.ofSeconds(60);
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--broker" -> broker = args[i + 1];
                case "--prefix" -> prefix = args[i + 1];
                case "--register" -> register = Path.of(args[i + 1]);
                case "--gateway" -> gateways.addAll(List.of(args[i + 1].split(",")));
                case "--every" -> every = Duration.ofSeconds(Long.parseLong(args[i + 1]));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (register == null || gateways.isEmpty()) {
            System.err.println("usage: ioc-gateway-simulator --register luminaires.csv --gateway gw-01[,gw-02] "
                    + "[--broker tcp://127.0.0.1:1883] [--prefix ioc/lighting] [--every 60]");
            System.exit(2);
        }
        List<GatewaySimulator> running = new ArrayList<>();
        for (String g : gateways) {
            LightingGateway gateway = LightingGateway.fromRegister(g, register);
            GatewaySimulator sim = new GatewaySimulator(broker, prefix, gateway, every);
            sim.start();
            running.add(sim);
            System.out.println("gateway " + g + ": " + gateway.size() + " luminaire(s) on " + broker);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> running.forEach(GatewaySimulator::close)));
        Thread.currentThread().join();
    }
}
