package vn.smartcity.ioc.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the incident tests do and read on the console's incident pages. */
public final class IncidentPages {

    private IncidentPages() {
    }

    /** Opens an incident on /console/incidents/new.xhtml; returns its id (from the page it lands on). */
    public static long open(Http dispatcher, String category, String ward, String title) {
        String form = dispatcher.get("/console/incidents/new.xhtml").body();
        HttpResponse<String> opened = dispatcher.submit(form, "incident", "create", Map.of("category", category,
                "ward", ward, "title", title, "address", "Đường Trần Phú", "description", "Mô tả"));
        Matcher id = Pattern.compile("incident\\.xhtml\\?id=(\\d+)").matcher(opened.uri().toString());
        assertTrue(id.find(), "redirected to the new incident: " + opened.uri());
        return Long.parseLong(id.group(1));
    }

    public static String url(long id) {
        return "/console/incidents/incident.xhtml?id=" + id;
    }

    /** The state shown on an incident page. */
    public static String state(String page) {
        Matcher m = Pattern.compile("id=\"incident-state\" data-state=\"([A-Z_]+)\"").matcher(page);
        assertTrue(m.find(), "incident state on the page");
        return m.group(1);
    }

    /** The actions of the timeline shown on an incident page, oldest first. */
    public static List<String> timeline(String page) {
        Matcher m = Pattern.compile("<li data-action=\"([a-z-]+)\"").matcher(page);
        List<String> actions = new ArrayList<>();
        while (m.find()) {
            actions.add(m.group(1));
        }
        return actions;
    }
}
