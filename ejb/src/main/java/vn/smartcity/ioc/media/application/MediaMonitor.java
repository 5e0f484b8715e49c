package vn.smartcity.ioc.media.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.incident.application.IncidentView;
import vn.smartcity.ioc.incident.application.IncidentWorkflow;
import vn.smartcity.ioc.incident.application.NewIncident;
import vn.smartcity.ioc.incident.domain.Location;
import vn.smartcity.ioc.incident.domain.SourceKind;
import vn.smartcity.ioc.media.domain.Article;
import vn.smartcity.ioc.media.domain.MediaAlert;
import vn.smartcity.ioc.media.domain.MediaSource;
import vn.smartcity.ioc.media.domain.MediaTopic;

/**
 * Media monitoring on the console: sources with their health, topics, the article stream, volume and sentiment
 * per day, spikes. Supervisors and administrators manage sources and topics; operators and supervisors turn an
 * article or a spike into an incident.
 */
@Stateless
@RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR, Roles.ANALYST, Roles.ADMIN})
public class MediaMonitor {

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<vn.smartcity.ioc.audit.domain.AdminChange> adminChanges;

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** An article on the console. */
    public record ArticleView(long id, String source, String title, String summary, String url, Instant publishedAt,
                              String sentiment, double score, List<String> topics, Long incidentId) {

        /** The topic codes, comma-separated. */
        public String topicList() {
            return String.join(",", topics);
        }
    }

    /** A day of a topic: articles, how many negative, mean sentiment. */
    public record DayView(LocalDate day, int articles, int negative, double meanScore) {
    }

    /** A spike on the console. */
    public record AlertView(long id, String topicCode, String topicName, Instant hourStart, int articles,
                            int negative, double baseline, Instant raisedAt, Long incidentId) {
    }

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    MediaWatch watch;

    @EJB
    IncidentWorkflow incidents;

    Clock clock = Clock.systemUTC();

    public List<MediaSource> sources() {
        List<MediaSource> all = em.createQuery("select s from MediaSource s order by s.code", MediaSource.class)
                .getResultList();
        all.forEach(em::detach);
        return all;
    }

    public List<MediaTopic> topics() {
        List<MediaTopic> all = em.createQuery("select t from MediaTopic t order by t.code", MediaTopic.class)
                .getResultList();
        all.forEach(em::detach);
        return all;
    }

    /** The newest articles, of one topic or of all; at most {@code max}. */
    public List<ArticleView> articles(String topicCode, int max) {
        List<Article> articles = topicCode == null || topicCode.isBlank()
                ? em.createQuery("select a from Article a order by a.publishedAt desc, a.id desc", Article.class)
                        .setMaxResults(Math.min(max, 200)).getResultList()
                : em.createQuery("select a from Article a join a.topics t where t.code = :code"
                        + " order by a.publishedAt desc, a.id desc", Article.class).setParameter("code", topicCode)
                        .setMaxResults(Math.min(max, 200)).getResultList();
        Map<Long, String> sources = new TreeMap<>();
        em.createQuery("select s.id, s.name from MediaSource s", Object[].class).getResultList()
                .forEach(r -> sources.put((Long) r[0], (String) r[1]));
        return articles.stream().map(a -> new ArticleView(a.getId(), sources.get(a.getSourceId()), a.getTitle(),
                a.getSummary(), a.getUrl(), a.getPublishedAt(), a.getSentiment().name(), a.getSentimentScore(),
                a.getTopics().stream().map(MediaTopic::getCode).sorted().toList(), a.getIncidentId())).toList();
    }

    /** Articles of a topic per day (Vietnam's days) over the last {@code days}, with their sentiment. */
    public List<DayView> volume(String topicCode, int days) {
        Instant from = LocalDate.now(clock.withZone(VIETNAM)).minusDays(Math.max(1, Math.min(days, 90)) - 1L)
                .atStartOfDay(VIETNAM).toInstant();
        List<Object[]> rows = em.createQuery("select a.publishedAt, a.sentiment, a.sentimentScore from Article a"
                        + " join a.topics t where t.code = :code and a.publishedAt >= :from", Object[].class)
                .setParameter("code", topicCode).setParameter("from", from).getResultList();
        Map<LocalDate, double[]> byDay = new TreeMap<>();
        for (LocalDate d = LocalDate.ofInstant(from, VIETNAM); !d.isAfter(LocalDate.now(clock.withZone(VIETNAM)));
             d = d.plusDays(1)) {
            byDay.put(d, new double[3]);
        }
        for (Object[] r : rows) {
            double[] v = byDay.computeIfAbsent(LocalDate.ofInstant((Instant) r[0], VIETNAM), d -> new double[3]);
            v[0]++;
            if ("NEGATIVE".equals(String.valueOf(r[1]))) {
                v[1]++;
            }
            v[2] += (Double) r[2];
        }
        List<DayView> out = new ArrayList<>();
        byDay.forEach((d, v) -> out.add(new DayView(d, (int) v[0], (int) v[1],
                v[0] == 0 ? 0 : Math.round(v[2] / v[0] * 1000) / 1000.0)));
        return out;
    }

    public List<AlertView> alerts(int max) {
        Map<Long, MediaTopic> topics = new TreeMap<>();
        topics().forEach(t -> topics.put(t.getId(), t));
        return em.createQuery("select a from MediaAlert a order by a.raisedAt desc, a.id desc", MediaAlert.class)
                .setMaxResults(Math.min(max, 200)).getResultList().stream().map(a -> {
                    MediaTopic t = topics.get(a.getTopicId());
                    return new AlertView(a.getId(), t.getCode(), t.getName(), a.getHourStart(), a.getArticleCount(),
                            a.getNegativeCount(), a.getBaseline(), a.getRaisedAt(), a.getIncidentId());
                }).toList();
    }

    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public MediaSource saveSource(Long id, int version, String code, String name, String url, int pollMinutes,
                                  boolean active) {
        Instant now = clock.instant();
        try {
            if (id == null) {
                if (code == null || !em.createQuery("select s.id from MediaSource s where s.code = :c", Long.class)
                        .setParameter("c", code.strip()).getResultList().isEmpty()) {
                    throw code == null ? new MediaRefusedException("media.codeRequired") : new MediaRefusedException("media.sourceExists", code.strip());
                }
                MediaSource s = new MediaSource(code.strip(), name, url, pollMinutes, active, caller(), now);
                em.persist(s);
                em.flush();
                adminChanges.fire(new vn.smartcity.ioc.audit.domain.AdminChange(caller(), "media-source", s.getCode(), "create"));
                return s;
            }
            MediaSource s = em.find(MediaSource.class, id);
            if (s == null) {
                throw new MediaRefusedException("media.noSource", id);
            }
            if (s.getVersion() != version) {
                throw new MediaRefusedException("media.sourceChanged", s.getCode(), s.getChangedBy(), s.getChangedAt());
            }
            s.change(name, url, pollMinutes, active, caller(), now);
            em.flush();
            adminChanges.fire(new vn.smartcity.ioc.audit.domain.AdminChange(caller(), "media-source", s.getCode(), "change"));
            return s;
        } catch (IllegalArgumentException e) {
            throw new MediaRefusedException(e);
        }
    }

    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public MediaTopic saveTopic(Long id, int version, String code, String name, String query, int spikeMinCount,
                                String categoryCode, boolean active) {
        Instant now = clock.instant();
        if (categoryCode == null || em.createQuery("select count(c) from ReportCategory c where c.code = :code", Long.class)
                .setParameter("code", categoryCode).getSingleResult() == 0) {
            throw new MediaRefusedException("media.noCategory", categoryCode);
        }
        try {
            if (id == null) {
                if (code == null || !em.createQuery("select t.id from MediaTopic t where t.code = :c", Long.class)
                        .setParameter("c", code.strip()).getResultList().isEmpty()) {
                    throw code == null ? new MediaRefusedException("media.codeRequired") : new MediaRefusedException("media.topicExists", code.strip());
                }
                MediaTopic t = new MediaTopic(code.strip(), name, query, spikeMinCount, categoryCode, active, caller(), now);
                em.persist(t);
                em.flush();
                adminChanges.fire(new vn.smartcity.ioc.audit.domain.AdminChange(caller(), "media-topic", t.getCode(), "create"));
                return t;
            }
            MediaTopic t = em.find(MediaTopic.class, id);
            if (t == null) {
                throw new MediaRefusedException("media.noTopic", id);
            }
            if (t.getVersion() != version) {
                throw new MediaRefusedException("media.topicChanged", t.getCode(), t.getChangedBy(), t.getChangedAt());
            }
            t.change(name, query, spikeMinCount, categoryCode, active, caller(), now);
            em.flush();
            adminChanges.fire(new vn.smartcity.ioc.audit.domain.AdminChange(caller(), "media-topic", t.getCode(), "change"));
            return t;
        } catch (IllegalArgumentException e) {
            throw new MediaRefusedException(e);
        }
    }

    /** Polls every active source now (whether due or not); what each poll did. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public List<FeedPolling.Outcome> pollNow() {
        return watch.pollAll(true);
    }

    /** Opens an incident from an article (source MEDIA_ARTICLE), in its first topic's category. */
    @RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR})
    public IncidentView articleToIncident(long articleId) {
        Article a = em.find(Article.class, articleId);
        if (a == null) {
            throw new MediaRefusedException("media.noArticle", articleId);
        }
        if (a.getIncidentId() != null) {
            throw new MediaRefusedException("media.articleIsIncident", articleId, a.getIncidentId());
        }
        String category = a.getTopics().stream().map(MediaTopic::getCategoryCode).sorted().findFirst()
                .orElse("public-order");
        String description = "Bài báo / article: " + a.getTitle() + (a.getUrl() == null ? "" : " — " + a.getUrl())
                + (a.getSummary() == null ? "" : "\n\n" + a.getSummary());
        IncidentView incident = incidents.open(new NewIncident(SourceKind.MEDIA_ARTICLE, "media-article:" + a.getId(),
                a.getTitle().length() > 200 ? a.getTitle().substring(0, 200) : a.getTitle(),
                description.length() > 4000 ? description.substring(0, 4000) : description, category,
                // an article has no place of its own: the handler sets it when triage finds it
                new Location(null, "Chưa rõ vị trí, theo bài báo / place not known, from a press article", null, null)));
        a.becameIncident(incident.id());
        return incident;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
