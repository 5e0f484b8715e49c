package vn.smartcity.ioc.web.console.media;

import java.util.List;
import java.util.Map;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;

import vn.smartcity.ioc.media.application.FeedPolling;
import vn.smartcity.ioc.media.application.MediaMonitor;
import vn.smartcity.ioc.media.application.MediaRefusedException;
import vn.smartcity.ioc.media.domain.MediaSource;
import vn.smartcity.ioc.media.domain.MediaTopic;
import vn.smartcity.ioc.web.shared.Messages;
import vn.smartcity.ioc.shared.infrastructure.Jsonp;

/**
 * /console/media: spikes, the article stream (all topics or ?topic=…), a topic's volume and sentiment per day
 * (ECharts), source health; supervisors and administrators add or change a source (?source=…) or a topic
 * (?edit=…) and poll now; operators and supervisors turn an article into an incident.
 */
@Named("media")
@RequestScoped
public class MediaBacking {

    @Inject
    MediaMonitor monitor;

    private String topic;
    private List<MediaMonitor.ArticleView> articles;
    private List<MediaTopic> topics;
    private List<MediaSource> sources;

    // source form
    private String source;
    private Long sourceId;
    private int sourceVersion;
    private String sourceCode;
    private String sourceName;
    private String sourceUrl;
    private int pollMinutes = 15;
    private boolean sourceActive = true;

    // topic form
    private String edit;
    private Long topicId;
    private int topicVersion;
    private String topicCode;
    private String topicName;
    private String query;
    private int spikeMinCount = 5;
    private String categoryCode = "public-order";
    private boolean topicActive = true;

    /** Fills the forms from ?source= and ?edit=, if given (not on a postback). */
    public void load() {
        if (source != null && sourceId == null) {
            getSources().stream().filter(s -> s.getCode().equals(source)).findFirst().ifPresent(s -> {
                sourceId = s.getId();
                sourceVersion = s.getVersion();
                sourceCode = s.getCode();
                sourceName = s.getName();
                sourceUrl = s.getUrl();
                pollMinutes = s.getPollMinutes();
                sourceActive = s.isActive();
            });
        }
        if (edit != null && topicId == null) {
            getTopics().stream().filter(t -> t.getCode().equals(edit)).findFirst().ifPresent(t -> {
                topicId = t.getId();
                topicVersion = t.getVersion();
                topicCode = t.getCode();
                topicName = t.getName();
                query = t.getQuery();
                spikeMinCount = t.getSpikeMinCount();
                categoryCode = t.getCategoryCode();
                topicActive = t.isActive();
            });
        }
    }

    public List<MediaMonitor.ArticleView> getArticles() {
        if (articles == null) {
            articles = monitor.articles(topic, 50);
        }
        return articles;
    }

    public List<MediaTopic> getTopics() {
        if (topics == null) {
            topics = monitor.topics();
        }
        return topics;
    }

    public List<MediaSource> getSources() {
        if (sources == null) {
            sources = monitor.sources();
        }
        return sources;
    }

    public List<MediaMonitor.AlertView> getAlerts() {
        return monitor.alerts(20);
    }

    /** The chart of the chosen topic: {"days":[…],"articles":[…],"negative":[…],"sentiment":[…]}. */
    public String getChart() {
        if (topic == null || topic.isBlank()) {
            return "{}";
        }
        JsonArrayBuilder days = Jsonp.createArrayBuilder();
        JsonArrayBuilder counts = Jsonp.createArrayBuilder();
        JsonArrayBuilder negative = Jsonp.createArrayBuilder();
        JsonArrayBuilder sentiment = Jsonp.createArrayBuilder();
        for (MediaMonitor.DayView d : monitor.volume(topic, 30)) {
            days.add(d.day().toString());
            counts.add(d.articles());
            negative.add(d.negative());
            sentiment.add(d.meanScore());
        }
        return Jsonp.createObjectBuilder().add("days", days).add("articles", counts).add("negative", negative)
                .add("sentiment", sentiment).build().toString();
    }

    public String saveSource() {
        try {
            MediaSource s = monitor.saveSource(sourceId, sourceVersion, sourceCode, sourceName, sourceUrl, pollMinutes,
                    sourceActive);
            Messages.info("media.saved", s.getCode());
            return redirect("source=" + s.getCode());
        } catch (MediaRefusedException | EJBException e) {
            Messages.refused("media.refused", e);
        }
        return null;
    }

    public String saveTopic() {
        try {
            MediaTopic t = monitor.saveTopic(topicId, topicVersion, topicCode, topicName, query, spikeMinCount,
                    categoryCode, topicActive);
            Messages.info("media.saved", t.getCode());
            return redirect("edit=" + t.getCode());
        } catch (MediaRefusedException | EJBException e) {
            Messages.refused("media.refused", e);
        }
        return null;
    }

    public String pollNow() {
        List<FeedPolling.Outcome> outcomes = monitor.pollNow();
        for (FeedPolling.Outcome o : outcomes) {
            if (o.error() != null) {
                Messages.error("media.pollFailed", o.source() + ": " + o.error());
            } else {
                Messages.info("media.polled", o.source() + ": +" + o.added() + (o.notModified() ? " (304)" : "")
                        + (o.alerts() > 0 ? ", " + o.alerts() + " spike" : ""));
            }
        }
        return redirect("");
    }

    /** Makes an incident of the article shown in row {@code row}, if that row still shows it. */
    public String toIncident(long articleId, int row) {
        Map<String, String> posted = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        if (!Long.toString(articleId).equals(posted.get("article-row-" + row))) {
            Messages.error("media.refused", "the list changed; reload the page");
            return null;
        }
        try {
            long incident = monitor.articleToIncident(articleId).id();
            Messages.info("media.incident", "#" + incident);
            return redirect(topic == null ? "" : "topic=" + topic);
        } catch (MediaRefusedException | vn.smartcity.ioc.incident.application.IncidentRefusedException | EJBException e) {
            Messages.refused("media.refused", e);
        }
        return null;
    }

    private static String redirect(String params) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/console/media/index?faces-redirect=true" + (params.isEmpty() ? "" : "&" + params);
    }

    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public Long getSourceId() { return sourceId; }
    public void setSourceId(Long sourceId) { this.sourceId = sourceId; }
    public int getSourceVersion() { return sourceVersion; }
    public void setSourceVersion(int v) { this.sourceVersion = v; }
    public String getSourceCode() { return sourceCode; }
    public void setSourceCode(String v) { this.sourceCode = v; }
    public String getSourceName() { return sourceName; }
    public void setSourceName(String v) { this.sourceName = v; }
    public String getSourceUrl() { return sourceUrl; }
    public void setSourceUrl(String v) { this.sourceUrl = v; }
    public int getPollMinutes() { return pollMinutes; }
    public void setPollMinutes(int v) { this.pollMinutes = v; }
    public boolean isSourceActive() { return sourceActive; }
    public void setSourceActive(boolean v) { this.sourceActive = v; }
    public String getEdit() { return edit; }
    public void setEdit(String edit) { this.edit = edit; }
    public Long getTopicId() { return topicId; }
    public void setTopicId(Long v) { this.topicId = v; }
    public int getTopicVersion() { return topicVersion; }
    public void setTopicVersion(int v) { this.topicVersion = v; }
    public String getTopicCode() { return topicCode; }
    public void setTopicCode(String v) { this.topicCode = v; }
    public String getTopicName() { return topicName; }
    public void setTopicName(String v) { this.topicName = v; }
    public String getQuery() { return query; }
    public void setQuery(String v) { this.query = v; }
    public int getSpikeMinCount() { return spikeMinCount; }
    public void setSpikeMinCount(int v) { this.spikeMinCount = v; }
    public String getCategoryCode() { return categoryCode; }
    public void setCategoryCode(String v) { this.categoryCode = v; }
    public boolean isTopicActive() { return topicActive; }
    public void setTopicActive(boolean v) { this.topicActive = v; }
}
