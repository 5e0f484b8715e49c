package vn.smartcity.ioc.web.api.open311;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

/** Errors in the Open311 format: {@code <errors><error><code/><description/></error></errors>} or its JSON. */
public final class Open311Errors {

    private Open311Errors() {
    }

    /** Whether a request path belongs to the Open311 API (whose errors are not problem details). */
    public static boolean isOpen311(String path) {
        return path != null && path.contains("/open311/");
    }

    public static Response response(int status, String description, String path) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", status);
        error.put("description", description);
        return Open311Document.list("errors", "error", List.of(error))
                .render(Open311Document.Format.ofPath(path), status);
    }
}
