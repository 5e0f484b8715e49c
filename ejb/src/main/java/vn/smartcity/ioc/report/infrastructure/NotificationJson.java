package vn.smartcity.ioc.report.infrastructure;

import java.io.StringReader;
import java.time.Instant;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import vn.smartcity.ioc.report.application.Notification;
import vn.smartcity.ioc.shared.infrastructure.Jsonp;

/** The notifications queue's JSON (version 1), documented in docs/messaging.md. */
final class NotificationJson {

    private NotificationJson() {
    }

    static String write(Notification n) {
        JsonObjectBuilder json = Jsonp.createObjectBuilder().add("version", Notification.VERSION).add("kind", n.kind())
                .add("reportId", n.reportId()).add("trackingCode", n.trackingCode()).add("email", n.email())
                .add("language", n.language()).add("categoryVi", n.categoryVi()).add("categoryEn", n.categoryEn())
                .add("state", n.state()).add("action", n.action()).add("at", n.at().toString());
        if (n.note() != null) {
            json.add("note", n.note());
        }
        return json.build().toString();
    }

    static Notification read(String text) {
        JsonObject o = Jsonp.createReader(new StringReader(text)).readObject();
        if (o.getInt("version", 0) != Notification.VERSION) {
            throw new IllegalArgumentException("Unknown notification version " + o.get("version"));
        }
        return new Notification(o.getString("kind"), o.getJsonNumber("reportId").longValue(), o.getString("trackingCode"),
                o.getString("email"), o.getString("language", "vi"), o.getString("categoryVi", ""),
                o.getString("categoryEn", ""), o.getString("state"), o.getString("action"), o.getString("note", null),
                Instant.parse(o.getString("at")));
    }
}
