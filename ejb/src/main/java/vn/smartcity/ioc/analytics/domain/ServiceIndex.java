package vn.smartcity.ioc.analytics.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * The indicators of the national index of serving citizens and businesses (QĐ 766/QĐ-TTg) that the IOC computes
 * from its data, as versioned data ({@code service-index.properties}): each a share of a month's cases and its
 * points (max × share). Dossiers handled on time (progress group); citizens' feedback handled on time, citizens
 * satisfied with the handling of their feedback, and citizens satisfied with the handling of their dossiers
 * (satisfaction group).
 */
public record ServiceIndex(String version, List<Indicator> indicators, int satisfiedFrom) implements Serializable {

    /** One indicator: its key (the page's texts are {@code serviceIndex.<key>}) and its maximum points. */
    public record Indicator(String key, double points) implements Serializable {

        /** The points of a share (0–1), or null without cases. */
        public Double points(Double share) {
            return share == null ? null : points * share;
        }
    }

    public static final List<String> KEYS = List.of("dossierOnTime", "feedbackOnTime", "feedbackSatisfied", "procedureSatisfied");

    public static ServiceIndex load() {
        Properties p = new Properties();
        try (InputStream in = ServiceIndex.class.getResourceAsStream("service-index.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ServiceIndex(p.getProperty("version"),
                KEYS.stream().map(k -> new Indicator(k, Double.parseDouble(p.getProperty(k + ".points")))).toList(),
                Integer.parseInt(p.getProperty("satisfiedFrom", "4")));
    }

    /** The maximum points of the indicators the IOC computes. */
    public double maximum() {
        return indicators.stream().mapToDouble(Indicator::points).sum();
    }
}
