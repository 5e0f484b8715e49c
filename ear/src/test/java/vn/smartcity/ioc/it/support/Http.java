package vn.smartcity.ioc.it.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP client with its own cookies (one per simulated user). */
public final class Http {

    public static final String BASE = "http://127.0.0.1:8080/ioc";
    public static final String MANAGEMENT = "http://127.0.0.1:9990";

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();

    private String forwardedFor;

    /** A client behind the city's proxy (the tests' server trusts 127.0.0.1): its own address for the rate limits. */
    public static Http from(String address) {
        Http http = new Http();
        http.forwardedFor = address;
        return http;
    }

    /** The cookies this client would send to the IOC (for a websocket opened as the same user). */
    public String cookieHeader() {
        return cookies.getCookieStore().get(URI.create(BASE + "/")).stream()
                .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
    }

    public HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(absolute(url))).GET());
    }

    public HttpResponse<String> postForm(String url, Map<String, String> fields) {
        return postForm(url, java.util.List.copyOf(fields.entrySet()));
    }

    /** A form with repeated fields, in order (e.g. Open311's {@code attribute[code][]=a&attribute[code][]=b}). */
    public HttpResponse<String> postForm(String url, java.util.List<Map.Entry<String, String>> fields) {
        String body = fields.stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(absolute(url)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Logs in through the console's form login; returns the page the server lands on. */
    public HttpResponse<String> login(String username, String password) {
        get("/console/index.xhtml");
        return postForm("/j_security_check", Map.of("j_username", username, "j_password", password));
    }

    /**
     * Submits the Faces form {@code formId} of {@code page} as a browser would: its own action URL, the page's
     * view state, the form's marker field, the button {@code button} and the given fields (ids without the form
     * prefix).
     */
    public HttpResponse<String> submit(String page, String formId, String button, Map<String, String> fields) {
        return submit(page, formId, button, fields, Map.of());
    }

    /** As {@link #submit(String, String, String, Map)}, with fields sent under their own names too ({@code raw}). */
    public HttpResponse<String> submit(String page, String formId, String button, Map<String, String> fields,
                                       Map<String, String> raw) {
        Matcher action = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]+)\"").matcher(page);
        if (!action.find()) {
            throw new AssertionError("no form " + formId + " on the page: " + page.substring(0, Math.min(page.length(), 3000)));
        }
        Map<String, String> form = new java.util.HashMap<>();
        form.put(formId, formId);
        form.put(formId + ":" + button, button);
        form.put("jakarta.faces.ViewState", viewState(page));
        fields.forEach((k, v) -> form.put(formId + ":" + k, v));
        form.putAll(raw);
        return postForm("http://127.0.0.1:8080" + action.group(1).replace("&amp;", "&"), form);
    }

    /** A file to upload: the field, the file name the browser sends, and its bytes. */
    public record Upload(String field, String fileName, String contentType, byte[] bytes) {
    }

    /** As {@link #submit(String, String, String, Map, Map)}, as multipart/form-data with files. */
    public HttpResponse<String> submitMultipart(String page, String formId, String button, Map<String, String> fields,
                                                Map<String, String> raw, java.util.List<Upload> files) {
        Matcher action = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]+)\"").matcher(page);
        if (!action.find()) {
            throw new AssertionError("no form " + formId + " on the page: " + page.substring(0, Math.min(page.length(), 3000)));
        }
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put(formId, formId);
        form.put(formId + ":" + button, button);
        form.put("jakarta.faces.ViewState", viewState(page));
        fields.forEach((k, v) -> form.put(formId + ":" + k, v));
        form.putAll(raw);
        java.util.List<Upload> prefixed = files.stream()
                .map(f -> new Upload(formId + ":" + f.field(), f.fileName(), f.contentType(), f.bytes())).toList();
        return postMultipart("http://127.0.0.1:8080" + action.group(1).replace("&amp;", "&"), form, prefixed);
    }

    /** A multipart/form-data POST of fields and files. */
    public HttpResponse<String> postMultipart(String url, Map<String, String> fields, java.util.List<Upload> files) {
        String boundary = "----ioc" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((k, v) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k
                + "\"\r\n\r\n" + v + "\r\n").getBytes(StandardCharsets.UTF_8)));
        for (Upload f : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.field() + "\"; filename=\""
                    + f.fileName() + "\"\r\nContent-Type: " + f.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(f.bytes());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(absolute(url)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** GET of bytes (photos). */
    public HttpResponse<byte[]> getBytes(String url) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(absolute(url))).GET();
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError("HTTP request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The value of the Faces view state hidden field of a page. */
    public static String viewState(String page) {
        Matcher m = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        if (!m.find()) {
            throw new AssertionError("no view state in page");
        }
        return m.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("HTTP request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String absolute(String url) {
        return url.startsWith("http") ? url : BASE + url;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
