package vn.smartcity.ioc.web.portal;

import java.util.Map;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import vn.smartcity.ioc.report.application.CitizenReporting;
import vn.smartcity.ioc.report.application.ReportProgress;
import vn.smartcity.ioc.report.application.ReportRefusedException;
import vn.smartcity.ioc.report.application.ReportTracking;

/**
 * Following a report with its tracking code (/portal/track.xhtml?code=...): the status, the city's answers and
 * the citizen's replies; links to reply, re-open and rate, and the form of the one chosen. Stateless like every
 * portal page.
 */
@Named("tracking")
@RequestScoped
public class TrackingBacking {

    static final String FORM = "act";
    /** What the citizen chose to do (?do=, or act:do in the form): the page builds that one form only. */
    static final Set<String> ACTIONS = Set.of("reply", "reopen", "rate");

    @Inject
    CitizenReporting reporting;

    @Inject
    ReportProgress progress;

    @Inject
    FormGuard guard;

    @Inject
    vn.smartcity.ioc.web.shared.TrackingThrottle throttle;

    private boolean throttled;
    private boolean loaded;

    private String code;
    private String action;
    private ReportTracking report;
    private boolean looked;
    private String message;
    private String reason;
    private Integer rating;
    private String comment;

    /**
     * The code and the chosen action come with the address (?code=&do=) or with the page's form (act:code,
     * act:do); they are read before the page's components decide whether they are built.
     */
    @PostConstruct
    void readCode() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        code = params.getOrDefault(FORM + ":code", params.get("code"));
        String chosen = params.getOrDefault(FORM + ":do", params.get("do"));
        action = chosen != null && ACTIONS.contains(chosen) ? chosen : null; // Set.of refuses contains(null)
    }

    /**
     * Loads the report for the code, once per request, at the page's first question about it (the page is built
     * after the view parameter is set). Not a view action: a view action costs a phase and a FacesContext wrapper
     * on every view of this much-read page.
     */
    private void loadOnce() {
        if (!loaded) {
            loaded = true;
            load();
        }
    }

    /** Loads the report for the code in the address or in the page's form. */
    private void load() {
        if (code != null && !code.isBlank()) {
            String client = guard.clientAddress((HttpServletRequest) FacesContext.getCurrentInstance()
                    .getExternalContext().getRequest());
            if (!throttle.allowed(client)) {
                throttled = true;
                return;
            }
            report = progress.track(code).orElse(null);
            if (report == null) {
                throttle.failed(client);
            }
            looked = true;
        }
    }

    /** Too many unknown codes from this address lately: look-ups are refused for a while. */
    public boolean isThrottled() {
        loadOnce();
        return throttled;
    }

    public void reply() {
        act(() -> report = reporting.reply(code, message), "portal.track.replied");
    }

    public void reopen() {
        act(() -> report = reporting.reopen(code, reason), "portal.track.reopened");
    }

    public void rate() {
        act(() -> report = reporting.rate(code, rating == null ? 0 : rating, comment), "portal.track.rated");
    }

    private void act(Runnable change, String done) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        FormGuard.Verdict verdict = guard.check(request.getParameter(FormGuard.TOKEN), request.getParameter(FormGuard.HONEYPOT));
        if (verdict != FormGuard.Verdict.OK) {
            PortalMessages.guard(verdict);
            load();
            return;
        }
        try {
            change.run();
            message = null;
            reason = null;
            comment = null;
            action = null; // the page goes back to the progress and its links
            PortalMessages.info(done);
            rebuildView();
        } catch (ReportRefusedException e) {
            PortalMessages.refused(e, FORM);
            load();
        }
        looked = true;
    }

    /**
     * The page leaves out, when its tree is built, what does not apply to the report (c:if): after a reply,
     * re-opening or rating changed the report, the tree built for the request's restore is out of date, so the
     * answer is rendered from a new one (the messages stay with the request).
     */
    private static void rebuildView() {
        FacesContext context = FacesContext.getCurrentInstance();
        context.setViewRoot(context.getApplication().getViewHandler().createView(context, context.getViewRoot().getViewId()));
    }

    public String getCode() { return code; }
    /** The action whose form is shown (reply, reopen, rate), or null: the page then offers them as links. */
    public String getAction() { return action; }
    public void setCode(String code) { this.code = code; }
    /** The report shown: read at the first question about it, for the code in the address or in the form. */
    public ReportTracking getReport() {
        loadOnce();
        return report;
    }
    public boolean isLooked() {
        loadOnce();
        return looked;
    }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Integer getRating() { return rating; }
    public void setRating(Integer rating) { this.rating = rating; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
