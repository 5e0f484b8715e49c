package vn.smartcity.ioc.web.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Times as the city reads them: Vietnam's time zone (UTC+7), day first ({@code #{time.format(i.dueAt)}}).
 * The database and the APIs keep UTC.
 */
@Named("time")
@ApplicationScoped
public class TimeBacking {

    static final ZoneId CITY = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(CITY);

    public String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }
}
