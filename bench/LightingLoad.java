import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * bench/LightingLoad.java BROKER GATEWAYS PER_GATEWAY AT FAILED_EVERY : one telemetry message per gateway
 * gw-b-0000 … (PER_GATEWAY readings of its luminaires LC-B-<gateway>-<n>, the IOC's compact form, QoS 1) as after
 * a province-wide supply restore: every luminaire at once, at the instant AT (on at night, off by day, as the plan
 * has it); every FAILED_EVERY-th luminaire reports a lamp failure (0: none). Prints how long publishing took.
 */
public class LightingLoad {
    public static void main(String[] args) throws Exception {
        String broker = args[0];
        int gateways = Integer.parseInt(args[1]);
        int per = Integer.parseInt(args[2]);
        String at = Instant.parse(args[3]).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toOffsetDateTime().toString();
        int failedEvery = Integer.parseInt(args[4]);
        // as the plan has it: off by day (07:00-17:00 here), on at night
        int hour = Instant.parse(args[3]).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).getHour();
        boolean night = hour < 7 || hour >= 17;
        // asynchronous publishing, up to 1,000 in flight: a synchronous QoS 1 publish waits ~40 ms for each PUBACK
        // (Nagle and delayed acknowledgements), which would measure the generator, not the IOC
        MqttAsyncClient client = new MqttAsyncClient(broker, "bench-load-" + System.nanoTime(), new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        options.setMaxInflight(1000);
        client.connect(options).waitForCompletion();
        List<IMqttDeliveryToken> sent = new ArrayList<>();
        long start = System.nanoTime();
        int n = 0;
        for (int g = 0; g < gateways; g++) {
            String gw = String.format("gw-b-%04d", g);
            StringBuilder m = new StringBuilder(per * 200).append("{\"version\":1,\"gateway\":\"").append(gw).append("\",\"readings\":[");
            for (int i = 0; i < per; i++) {
                boolean failed = failedEvery > 0 && (++n % failedEvery == 0);
                boolean on = night && !failed;
                m.append(i == 0 ? "" : ",").append("{\"luminaire\":\"LC-B-").append(g).append('-').append(i)
                        .append("\",\"at\":\"").append(at).append("\",\"on\":").append(on).append(",\"level\":")
                        .append(on ? 100 : 0).append(",\"powerW\":").append(on ? 99.5 : 0)
                        .append(",\"energyWh\":").append(1000 + i).append(",\"lampFailure\":").append(failed)
                        .append(",\"supplyLoss\":false}");
            }
            sent.add(client.publish("ioc/lighting/" + gw + "/telemetry", m.append("]}").toString().getBytes(StandardCharsets.UTF_8), 1, false));
        }
        for (IMqttDeliveryToken t : sent) {
            t.waitForCompletion();
        }
        System.out.printf("published %,d readings in %d messages in %.1f s%n", gateways * per, gateways,
                (System.nanoTime() - start) / 1e9);
        client.disconnect().waitForCompletion();
        client.close();
    }
}
