package vn.smartcity.ioc.web.console.media;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.smartcity.ioc.media.application.MediaMonitor;
import vn.smartcity.ioc.shared.infrastructure.Jsonp;

/**
 * {@code /console/media/stream.json[?topic=…]}: the newest 30 articles (all topics, or one) as JSON for the
 * live stream of the media page (media-live.js polls it); staff of /console/media/* only (web.xml).
 * <pre>[{"id":12,"title":"…","source":"…","url":"…","publishedAt":"2026-11-26T02:21:00Z","sentiment":"NEGATIVE",
 *   "score":-0.6,"topics":["thien-tai"]}]</pre>
 */
@WebServlet("/console/media/stream.json")
public class ArticleStreamServlet extends HttpServlet {

    @Inject
    MediaMonitor monitor;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonArrayBuilder list = Jsonp.createArrayBuilder();
        for (MediaMonitor.ArticleView a : monitor.articles(request.getParameter("topic"), 30)) {
            JsonArrayBuilder topics = Jsonp.createArrayBuilder();
            a.topics().forEach(topics::add);
            var item = Jsonp.createObjectBuilder().add("id", a.id()).add("title", a.title())
                    .add("source", a.source() == null ? "" : a.source()).add("publishedAt", a.publishedAt().toString())
                    .add("sentiment", a.sentiment()).add("score", a.score()).add("topics", topics);
            if (a.url() != null) {
                item.add("url", a.url());
            }
            list.add(item);
        }
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(list.build().toString());
    }
}
