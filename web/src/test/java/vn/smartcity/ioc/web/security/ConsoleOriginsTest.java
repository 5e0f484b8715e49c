package vn.smartcity.ioc.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ConsoleOriginsTest {

    @Test
    void theConsolesOwnOriginAndTheConfiguredOnesOnly() {
        Set<String> allowed = ConsoleOrigins.allowed("https://ioc.laichau.gov.vn/ioc", "https://ioc-noibo.laichau.gov.vn:8443, ");
        assertEquals(Set.of("https://ioc.laichau.gov.vn", "https://ioc-noibo.laichau.gov.vn:8443"), allowed);
        assertEquals(Set.of("http://localhost:8080", "http://127.0.0.1:8080"), ConsoleOrigins.allowed(null, null),
                "the embedded run without IOC_PUBLIC_URL");
        assertEquals("https://ioc.laichau.gov.vn", ConsoleOrigins.originOf("HTTPS://IOC.laichau.gov.vn:443/ioc/console"),
                "the default port and the case do not count");
    }

    @Test
    void aMissingOrForeignOriginIsRefused() {
        assertFalse(ConsoleOrigins.allows(null));
        assertFalse(ConsoleOrigins.allows("http://evil.example"));
        assertFalse(ConsoleOrigins.allows("null"));
        assertFalse(ConsoleOrigins.allows("http://localhost:9990"), "another port of the same host is another origin");
        assertTrue(ConsoleOrigins.allows("http://localhost:8080") || System.getenv("IOC_PUBLIC_URL") != null);
    }
}
