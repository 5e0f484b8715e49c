package vn.smartcity.ioc.web.portal;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

import vn.smartcity.ioc.report.application.CitizenReporting;
import vn.smartcity.ioc.report.application.NewReport;
import vn.smartcity.ioc.report.application.Receipt;
import vn.smartcity.ioc.report.application.ReportCategories;
import vn.smartcity.ioc.report.application.ReportRefusedException;
import vn.smartcity.ioc.report.domain.ReportChannel;
import vn.smartcity.ioc.report.domain.ReportPhoto;
import vn.smartcity.ioc.report.domain.Reporter;
import vn.smartcity.ioc.report.domain.ServiceAttribute;
import vn.smartcity.ioc.web.shared.LanguageBacking;

/**
 * The citizen's report form (/portal/report.xhtml). A stateless view: the form posts back to a fresh view,
 * so an anonymous visitor never gets a session; the form guard's token and honeypot stand in for the view
 * state against robots. On success the page shows the receipt with the tracking code.
 */
@Named("reportForm")
@RequestScoped
public class ReportFormBacking {

    static final String FORM = "report";

    @Inject
    CitizenReporting reporting;

    @Inject
    FormGuard guard;

    @Inject
    LanguageBacking language;

    @Inject
    ReportCategories categories;

    private String category;
    private String description;
    private String ward;
    private String address;
    private Double latitude;
    private Double longitude;
    private String name;
    private String phone;
    private String email;
    private boolean consent;
    private Long sameAs;
    private Receipt receipt;
    private List<Part> photos;

    public void submit() {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        FormGuard.Verdict verdict = guard.check(request.getParameter(FormGuard.TOKEN), request.getParameter(FormGuard.HONEYPOT));
        if (verdict != FormGuard.Verdict.OK) {
            PortalMessages.guard(verdict);
            return;
        }
        try {
            receipt = reporting.submit(new NewReport(category, description, ward, address, latitude, longitude,
                    null, new Reporter(name, phone, email), language.getCode(), consent, sameAs, ReportChannel.PORTAL, null,
                    guard.clientAddress(request), uploads(), answers(request)));
        } catch (ReportRefusedException e) {
            if (e.problem() == ReportRefusedException.Problem.BAD_ANSWER) {
                badAnswer(e);
                return;
            }
            PortalMessages.refused(e, FORM);
        } catch (IOException e) {
            PortalMessages.error("portal.report.uploadFailed");
        }
    }

    /** The chosen category's questions, in order (none: an empty list). */
    public List<ServiceAttribute> questions(String categoryCode) {
        return categories.definition(categoryCode).attributes();
    }

    public boolean hasQuestions(String categoryCode) {
        return categories.definition(categoryCode).hasAttributes();
    }

    /** Whether a multi-choice box was ticked in the form sent back (to show it ticked again after a refusal). */
    public boolean checked(String field, String key) {
        String[] values = ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getParameterValues(field);
        return values != null && Arrays.asList(values).contains(key);
    }

    /** The answers to the chosen category's questions: fields named q.&lt;category&gt;.&lt;code&gt;. */
    private Map<String, List<String>> answers(HttpServletRequest request) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        if (category == null) {
            return answers;
        }
        for (ServiceAttribute question : questions(category)) {
            String[] values = request.getParameterValues("q." + category + "." + question.getCode());
            if (values != null && question.isVariable()) {
                answers.put(question.getCode(), Arrays.asList(values));
            }
        }
        return answers;
    }

    /** A refused answer, named by its question in the visitor's language. */
    private void badAnswer(ReportRefusedException e) {
        String code = e.field() == null ? "" : e.field().replaceAll("^attribute\\[|\\]$", "");
        String question = questions(category).stream().filter(q -> q.getCode().equals(code)).findFirst()
                .map(q -> "vi".equals(language.getCode()) ? q.getDescriptionVi() : q.getDescriptionEn()).orElse(code);
        String text = MessageFormat.format(PortalMessages.text("portal.report.badAnswer", "{0}"), question);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    /** The chosen files' bytes (an empty file input sends one empty part: not a photo). */
    private List<byte[]> uploads() throws IOException {
        List<byte[]> files = new ArrayList<>();
        if (photos != null) {
            for (Part part : photos) {
                if (part.getSize() > 0) {
                    try (InputStream in = part.getInputStream()) {
                        files.add(in.readNBytes(ReportPhoto.MAX_BYTES + 1));
                    }
                }
            }
        }
        return files;
    }

    public List<Part> getPhotos() { return photos; }
    public void setPhotos(List<Part> photos) { this.photos = photos; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getWard() { return ward; }
    public void setWard(String ward) { this.ward = ward; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public Double getLatitude() { return latitude; }
    public void setLatitude(Double latitude) { this.latitude = latitude; }
    public Double getLongitude() { return longitude; }
    public void setLongitude(Double longitude) { this.longitude = longitude; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
    public Long getSameAs() { return sameAs; }
    public void setSameAs(Long sameAs) { this.sameAs = sameAs; }
    public Receipt getReceipt() { return receipt; }
}
