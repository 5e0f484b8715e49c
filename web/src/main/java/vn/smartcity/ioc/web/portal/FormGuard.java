package vn.smartcity.ioc.web.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import vn.smartcity.ioc.report.application.PortalSettings;

/**
 * The portal's defences against robots, without sessions: every form carries a signed time stamp (a form sent
 * back sooner than {@code IOC_FORM_MIN_SECONDS} or later than two hours is refused) and a honeypot field
 * that people never see and robots fill in. Also tells the citizen's address behind the city's reverse proxies.
 */
@Named("formGuard")
@ApplicationScoped
public class FormGuard {

    /** The honeypot's request parameter (a field named like one robots love). */
    public static final String HONEYPOT = "website";
    /** The signed time stamp's request parameter. */
    public static final String TOKEN = "token";
    static final long MAX_AGE_MILLIS = 2 * 3600 * 1000L;

    /** Why a form was refused. */
    public enum Verdict { OK, TOO_FAST, EXPIRED, INVALID, ROBOT }

    @Inject
    PortalSettings settings;

    Clock clock = Clock.systemUTC();

    /** A fresh token for a form being rendered. */
    public String getToken() {
        String issued = Long.toString(clock.millis());
        return issued + "." + sign(issued);
    }

    public Verdict check(String token, String honeypot) {
        if (honeypot != null && !honeypot.isEmpty()) {
            return Verdict.ROBOT;
        }
        if (token == null || token.indexOf('.') < 1) {
            return Verdict.INVALID;
        }
        String issued = token.substring(0, token.indexOf('.'));
        String signature = token.substring(token.indexOf('.') + 1);
        if (!MessageDigest.isEqual(sign(issued).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII))) {
            return Verdict.INVALID;
        }
        long age;
        try {
            age = clock.millis() - Long.parseLong(issued);
        } catch (NumberFormatException e) {
            return Verdict.INVALID;
        }
        if (age < settings.formMinSeconds() * 1000L) {
            return Verdict.TOO_FAST;
        }
        return age > MAX_AGE_MILLIS ? Verdict.EXPIRED : Verdict.OK;
    }

    /** The citizen's address: the connection's, or behind a trusted proxy the last untrusted X-Forwarded-For hop. */
    public String clientAddress(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || !settings.isTrustedProxy(remote)) {
            return remote;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !settings.isTrustedProxy(hop)) {
                return hop;
            }
        }
        return remote;
    }

    private String sign(String value) {
        return settings.sign("form|" + value);
    }
}
