package vn.smartcity.ioc.media.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;

import vn.smartcity.ioc.media.application.MediaAlertPublisher;
import vn.smartcity.ioc.media.domain.MediaAlert;
import vn.smartcity.ioc.media.domain.MediaTopic;
import vn.smartcity.ioc.shared.messaging.Destinations;
import vn.smartcity.ioc.shared.infrastructure.Jsonp;

/** Publishes media spikes on the IocLiveAlerts topic, kind "media-spike" (docs/messaging.md). */
@ApplicationScoped
public class JmsMediaAlertPublisher implements MediaAlertPublisher {

    public static final String KIND = "media-spike";

    @Inject
    JMSContext jms;

    @Resource(lookup = Destinations.LIVE_ALERTS)
    Topic alerts;

    @Override
    public void raised(MediaAlert alert, MediaTopic topic) {
        String title = "Báo chí: " + alert.getArticleCount() + " bài về " + topic.getName() + " trong một giờ / "
                + alert.getArticleCount() + " articles on " + topic.getCode() + " in an hour";
        String body = Jsonp.createObjectBuilder().add("version", 1).add("kind", KIND).add("alertId", alert.getId())
                .add("severity", alert.getNegativeCount() * 2 > alert.getArticleCount() ? "CRITICAL" : "WARNING")
                .add("title", title).add("topic", topic.getCode()).add("topicName", topic.getName())
                .add("hourStart", alert.getHourStart().toString()).add("articles", alert.getArticleCount())
                .add("negative", alert.getNegativeCount()).add("baseline", alert.getBaseline())
                .add("observedAt", alert.getHourStart().toString()).add("raisedAt", alert.getRaisedAt().toString())
                .build().toString();
        jms.createProducer().setProperty("kind", KIND).send(alerts, body);
    }
}
