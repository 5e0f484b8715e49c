import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load generator of bench/syslog.sh: sends syslog as fast as it can for a number of seconds, from several
 * threads, over UDP datagrams or TCP (newline framing): a mix of RFC 5424 sshd failures (random users and
 * addresses, so the brute-force rules keep counting), RFC 3164 firewall drops (random ports: the port-scan
 * rule counts) and CEF antivirus lines. Prints what it sent.
 *
 * java bench/SyslogLoad.java --transport udp|tcp --seconds 30 --threads 2 [--port 5514] [--rate N per thread per s]
 * java bench/SyslogLoad.java --print 100000 > lines.txt     the same mix, printed (for SyslogParse.java)
 */
public class SyslogLoad {

    public static void main(String[] args) throws Exception {
        java.util.Map<String, String> a = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        if (a.containsKey("print")) {
            java.util.Random r = new java.util.Random(1);
            StringBuilder out = new StringBuilder();
            for (long i = 0, n = Long.parseLong(a.get("print")); i < n; i++) {
                out.append(line(r, i)).append('\n');
            }
            System.out.print(out);
            return;
        }
        String transport = a.getOrDefault("transport", "udp");
        int seconds = Integer.parseInt(a.getOrDefault("seconds", "30"));
        int threads = Integer.parseInt(a.getOrDefault("threads", "2"));
        int port = Integer.parseInt(a.getOrDefault("port", "5514"));
        long rate = Long.parseLong(a.getOrDefault("rate", "0"));
        AtomicLong sent = new AtomicLong();
        long end = System.currentTimeMillis() + seconds * 1000L;
        Thread[] ts = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int id = t;
            ts[t] = new Thread(() -> {
                try {
                    java.util.Random r = new java.util.Random(id);
                    long n = 0;
                    long start = System.nanoTime();
                    if (transport.equals("udp")) {
                        try (DatagramChannel ch = DatagramChannel.open()) {
                            ch.connect(new InetSocketAddress("127.0.0.1", port));
                            while (System.currentTimeMillis() < end) {
                                ch.write(ByteBuffer.wrap(line(r, n++).getBytes(StandardCharsets.UTF_8)));
                                sent.incrementAndGet();
                                pace(rate, n, start);
                            }
                        }
                    } else {
                        try (Socket s = new Socket("127.0.0.1", port);
                             OutputStream out = new BufferedOutputStream(s.getOutputStream(), 65_536)) {
                            while (System.currentTimeMillis() < end) {
                                out.write((line(r, n++) + "\n").getBytes(StandardCharsets.UTF_8));
                                sent.incrementAndGet();
                                pace(rate, n, start);
                            }
                            out.flush();
                        }
                    }
                } catch (Exception e) {
                    System.err.println("sender " + id + ": " + e);
                }
            });
            ts[t].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        System.out.printf("SENT %d messages over %s in %d s: %.0f/s%n", sent.get(), transport, seconds,
                sent.get() / (double) seconds);
    }

    static void pace(long rate, long n, long start) throws InterruptedException {
        if (rate > 0) {
            long due = start + n * 1_000_000_000L / rate;
            long wait = due - System.nanoTime();
            if (wait > 1_000_000) {
                Thread.sleep(wait / 1_000_000);
            }
        }
    }

    static String line(java.util.Random r, long n) {
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
