package vn.smartcity.ioc.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The citizen portal's pages as a browser without JavaScript uses them. */
public final class PortalPages {

    /** A valid report in Tân Phong ward; tests override what they check. */
    public static final Map<String, String> VALID = Map.of("category", "flooding",
            "description", "Nước ngập sâu 40 cm trước cổng chợ, xe máy không đi được.",
            "address", "Đường Trần Hưng Đạo, trước chợ Tân Phong", "ward", "TAN_PHONG",
            "lat", "22.396400", "lon", "103.458200", "consent", "true");

    private PortalPages() {
    }

    /** The report form, waited on as long as a person would (the tests' form guard wants 1 s). */
    public static String form(Http citizen) {
        String page = citizen.get("/portal/report.xhtml").body();
        pause();
        return page;
    }

    /** Fills in and sends the report form; {@code changes} override {@link #VALID} (null removes a field). */
    public static HttpResponse<String> report(Http citizen, Map<String, String> changes) {
        return send(citizen, form(citizen), changes);
    }

    /** Sends an already fetched form again (its token stays valid for two hours). */
    public static HttpResponse<String> send(Http citizen, String form, Map<String, String> changes) {
        Map<String, String> fields = new HashMap<>(VALID);
        changes.forEach((k, v) -> {
            if (v == null) {
                fields.remove(k);
            } else {
                fields.put(k, v);
            }
        });
        return citizen.submit(form, "report", "send", fields, Map.of("token", token(form), "website", ""));
    }

    /** Fills in and sends the report form with answers to the category's questions (fields q.category.code). */
    public static HttpResponse<String> reportWithAnswers(Http citizen, Map<String, String> changes, Map<String, String> answers) {
        String form = form(citizen);
        Map<String, String> fields = new HashMap<>(VALID);
        fields.putAll(changes);
        Map<String, String> raw = new HashMap<>(answers);
        raw.put("token", token(form));
        raw.put("website", "");
        return citizen.submit(form, "report", "send", fields, raw);
    }

    /** Sends the report form with photos (multipart, as a browser does). */
    public static HttpResponse<String> reportWithPhotos(Http citizen, Map<String, String> changes, java.util.List<Http.Upload> photos) {
        String form = form(citizen);
        Map<String, String> fields = new HashMap<>(VALID);
        changes.forEach((k, v) -> {
            if (v == null) {
                fields.remove(k);
            } else {
                fields.put(k, v);
            }
        });
        return citizen.submitMultipart(form, "report", "send", fields, Map.of("token", token(form), "website", ""), photos);
    }

    /** The tracking code shown on the receipt, without the dashes. */
    public static String trackingCode(String receipt) {
        Matcher m = Pattern.compile("id=\"trackingCode\">([A-Z0-9-]{12})<").matcher(receipt);
        assertTrue(m.find(), "a tracking code on the receipt page");
        return m.group(1).replace("-", "");
    }

    public static String token(String page) {
        Matcher m = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(m.find(), "a form token on the page");
        return m.group(1);
    }

    public static String track(Http citizen, String code) {
        return citizen.get("/portal/track.xhtml?code=" + code).body();
    }

    /** The state shown on a tracking page. */
    public static String status(String page) {
        Matcher m = Pattern.compile("id=\"status\" data-state=\"([A-Z_]+)\"").matcher(page);
        assertTrue(m.find(), "a status on the tracking page");
        return m.group(1);
    }

    public static long incidentId(String trackingPage) {
        Matcher m = Pattern.compile("id=\"incidentId\">(\\d+)<").matcher(trackingPage);
        assertTrue(m.find(), "the IOC case number on the tracking page");
        return Long.parseLong(m.group(1));
    }

    /**
     * Does one of the things the tracking page offers (reply, re-open, rate): follows its link, which opens the
     * page with that form, and sends the form with the button.
     */
    public static HttpResponse<String> act(Http citizen, String trackingPage, String button, Map<String, String> fields) {
        String chosen = switch (button) {
            case "sendReply" -> "reply";
            case "reopen" -> "reopen";
            case "sendRating" -> "rate";
            default -> throw new IllegalArgumentException(button);
        };
        String link = "do" + Character.toUpperCase(chosen.charAt(0)) + chosen.substring(1);
        Matcher m = Pattern.compile("id=\"" + link + "\" href=\"/ioc([^\"#]+)").matcher(trackingPage);
        assertTrue(m.find(), "the tracking page offers " + link + ": " + trackingPage);
        String formPage = citizen.get(m.group(1).replace("&amp;", "&")).body();
        assertTrue(formPage.contains("id=\"act:" + button + "\""), formPage);
        assertTrue(formPage.contains("name=\"act:do\" value=\"" + chosen + "\""), "the form says which action it is");
        Map<String, String> sent = new java.util.HashMap<>(fields);
        sent.put("do", chosen); // the form's hidden field, as a browser sends it
        pause();
        return citizen.submit(formPage, "act", button, sent, Map.of("token", token(formPage), "website", ""));
    }

    public static void pause() {
        try {
            Thread.sleep(1100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
