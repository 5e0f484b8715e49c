package vn.smartcity.ioc.web.console.admin;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;

import vn.smartcity.ioc.report.application.CategoryView;
import vn.smartcity.ioc.report.application.QuestionAdministration;
import vn.smartcity.ioc.report.application.QuestionDraft;
import vn.smartcity.ioc.report.application.QuestionView;
import vn.smartcity.ioc.report.application.ReferenceDataException;
import vn.smartcity.ioc.report.application.ReportCategories;
import vn.smartcity.ioc.report.domain.ServiceAttribute.Choice;
import vn.smartcity.ioc.report.domain.ServiceAttribute.Datatype;
import vn.smartcity.ioc.web.shared.Messages;

/**
 * /console/admin/questions.xhtml?category=...[&edit=id]: an administrator lists a report category's questions
 * (Open311 attributes, also asked by the portal's report form), adds one, changes one or removes one. The
 * version read with the page goes back with a change, so someone else's change made meanwhile is reported.
 */
@Named
@ViewScoped
public class QuestionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    QuestionAdministration administration;

    @Inject
    ReportCategories categories;

    private String category;
    private Long edit;
    private CategoryView categoryView;
    private List<QuestionView> questions = List.of();

    private Long id;
    private int version;
    private String code;
    private Datatype datatype = Datatype.STRING;
    private boolean variable = true;
    private boolean required;
    private Integer order;
    private String descriptionVi;
    private String descriptionEn;
    private String datatypeDescription;
    private String choices;

    /** f:viewAction: the category's questions, and the one named by {@code edit} in the form. */
    public String load() {
        categoryView = categories.all().stream().filter(c -> c.code().equals(category)).findFirst().orElse(null);
        if (categoryView == null) {
            Messages.error("admin.category.notFound", null);
            return "/console/admin/categories?faces-redirect=true";
        }
        questions = administration.questions(category);
        if (edit != null) {
            questions.stream().filter(q -> q.id() == edit).findFirst().ifPresentOrElse(this::fill,
                    () -> Messages.error("admin.questions.notFound", null));
        } else {
            order = questions.stream().mapToInt(QuestionView::order).max().orElse(0) + 1;
        }
        return null;
    }

    public void save() {
        try {
            List<Choice> given = Choice.lines(choices);
            QuestionView saved = administration.save(new QuestionDraft(id, version, category, code == null ? null : code.strip(),
                    datatype, variable, required, order == null ? 0 : order, descriptionVi, descriptionEn,
                    datatypeDescription, given));
            Messages.info("admin.questions.saved", saved.code());
            reset();
        } catch (IllegalArgumentException e) {
            Messages.error("admin.category.invalid", Messages.why(e));
        } catch (RuntimeException e) {
            refused(e);
        }
    }

    public void remove(QuestionView question) {
        try {
            administration.remove(category, question.id(), question.version());
            Messages.info("admin.questions.removed", question.code());
            reset();
        } catch (RuntimeException e) {
            refused(e);
        }
    }

    /** After a change: the list read again, an empty form for the next question. */
    private void reset() {
        questions = administration.questions(category);
        fill(new QuestionView(0, 0, category, null, Datatype.STRING.name(), true, false,
                questions.stream().mapToInt(QuestionView::order).max().orElse(0) + 1, null, null, null, List.of(), null, null));
        id = null;
    }

    private void refused(RuntimeException e) {
        Throwable why = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
        if (why instanceof ReferenceDataException r) {
            Messages.error(switch (r.reason()) {
                case CHANGED_MEANWHILE -> "admin.questions.conflict";
                case NOT_FOUND -> "admin.questions.notFound";
                case INVALID -> "admin.category.invalid";
            }, Messages.why(r));
        } else if (why instanceof OptimisticLockException) {
            Messages.error("admin.questions.conflict", null);
        } else {
            throw e;
        }
    }

    private void fill(QuestionView q) {
        id = q.id();
        version = q.version();
        code = q.code();
        datatype = Datatype.valueOf(q.datatype());
        variable = q.variable();
        required = q.required();
        order = q.order();
        descriptionVi = q.descriptionVi();
        descriptionEn = q.descriptionEn();
        datatypeDescription = q.datatypeDescription();
        choices = q.choicesText();
    }

    public Datatype[] getDatatypes() {
        return Datatype.values();
    }

    public CategoryView getCategoryView() { return categoryView; }
    public List<QuestionView> getQuestions() { return questions; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public Long getEdit() { return edit; }
    public void setEdit(Long edit) { this.edit = edit; }
    public Long getId() { return id; }
    public int getVersion() { return version; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public Datatype getDatatype() { return datatype; }
    public void setDatatype(Datatype datatype) { this.datatype = datatype; }
    public boolean isVariable() { return variable; }
    public void setVariable(boolean variable) { this.variable = variable; }
    public boolean isRequired() { return required; }
    public void setRequired(boolean required) { this.required = required; }
    public Integer getOrder() { return order; }
    public void setOrder(Integer order) { this.order = order; }
    public String getDescriptionVi() { return descriptionVi; }
    public void setDescriptionVi(String descriptionVi) { this.descriptionVi = descriptionVi; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String descriptionEn) { this.descriptionEn = descriptionEn; }
    public String getDatatypeDescription() { return datatypeDescription; }
    public void setDatatypeDescription(String datatypeDescription) { this.datatypeDescription = datatypeDescription; }
    public String getChoices() { return choices; }
    public void setChoices(String choices) { this.choices = choices; }
}
