package vn.smartcity.ioc.shared.infrastructure;

import java.io.Reader;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;

/**
 * JSON-P with its provider looked up once. {@code jakarta.json.Json.createReader} and its siblings look the
 * provider up again on every call: a ServiceLoader scan of the deployment's module class loaders, which took
 * half the CPU of the detection consumer (JFR, bench/detections.sh). Use these instead of {@code Json.create...}.
 */
public final class Jsonp {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsonp() {
    }

    public static JsonReader createReader(Reader reader) {
        return PROVIDER.createReader(reader);
    }

    public static JsonObjectBuilder createObjectBuilder() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonArrayBuilder createArrayBuilder() {
        return PROVIDER.createArrayBuilder();
    }
}
