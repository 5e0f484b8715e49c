package vn.smartcity.ioc.report.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import vn.smartcity.ioc.audit.domain.AdminChange;
import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.report.application.ReferenceDataException.Reason;
import vn.smartcity.ioc.report.domain.ReportCategoryRepository;
import vn.smartcity.ioc.report.domain.ServiceAttribute;

/**
 * Administrators add, change and remove the questions a report category asks (Open311: the attributes of its
 * service definition; the portal's report form asks them too). A refused change stores nothing and says why;
 * a change based on an outdated version is refused with who changed the question and when. Answers already
 * given stay with their reports when a question changes or goes.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class QuestionAdministration {

    @Inject
    ReportCategoryRepository categories;

    @Inject
    Event<AdminChange> adminChanges;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource
    SessionContext caller;

    /** The category's questions in the order they are asked. */
    public List<QuestionView> questions(String categoryCode) {
        category(categoryCode);
        return categories.attributes().stream().filter(a -> a.getCategoryCode().equals(categoryCode))
                .map(QuestionView::of).toList();
    }

    public QuestionView save(QuestionDraft draft) {
        category(draft.categoryCode());
        String by = caller.getCallerPrincipal().getName();
        Instant now = Instant.now(Clock.systemUTC());
        List<ServiceAttribute> siblings = categories.attributes().stream()
                .filter(a -> a.getCategoryCode().equals(draft.categoryCode())).toList();
        ServiceAttribute question;
        try {
            if (draft.id() == null) {
                if (siblings.stream().anyMatch(a -> a.getCode().equals(draft.code()))) {
                    throw new ReferenceDataException(Reason.INVALID, "report.questionCodeTaken", draft.code());
                }
                question = new ServiceAttribute(draft.categoryCode(), draft.code(), draft.datatype(), draft.variable(),
                        draft.required(), draft.order(), draft.descriptionVi(), draft.descriptionEn(),
                        draft.datatypeDescription(), draft.choices());
                question.madeBy(by, now);
            } else {
                question = current(draft.categoryCode(), draft.id(), draft.version());
                question.change(draft.datatype(), draft.variable(), draft.required(), draft.order(),
                        draft.descriptionVi(), draft.descriptionEn(), draft.datatypeDescription(), draft.choices(),
                        by, now);
            }
        } catch (IllegalArgumentException e) {
            throw new ReferenceDataException(Reason.INVALID, e);
        }
        if (siblings.stream().anyMatch(a -> a.getSortOrder() == draft.order() && !a.getCode().equals(question.getCode()))) {
            throw new ReferenceDataException(Reason.INVALID, "report.questionOrderTaken", draft.order());
        }
        if (draft.id() == null) {
            categories.add(question);
        }
        changed(question, draft.id() == null ? "add-question" : "change-question");
        return QuestionView.of(question);
    }

    public void remove(String categoryCode, long id, int basedOnVersion) {
        ServiceAttribute question = current(categoryCode, id, basedOnVersion);
        categories.remove(question);
        changed(question, "remove-question");
    }

    private ServiceAttribute current(String categoryCode, long id, int basedOnVersion) {
        ServiceAttribute question = categories.attribute(id).filter(a -> a.getCategoryCode().equals(categoryCode))
                .orElseThrow(() -> new ReferenceDataException(Reason.NOT_FOUND, "report.noQuestion", id, categoryCode));
        if (question.getVersion() != basedOnVersion) {
            throw new ReferenceDataException(Reason.CHANGED_MEANWHILE, "report.questionChanged", question.getCode(),
                    question.getChangedBy(), question.getChangedAt());
        }
        return question;
    }

    private void category(String code) {
        if (code == null || categories.byCode(code).isEmpty()) {
            throw new ReferenceDataException(Reason.NOT_FOUND, "report.noCategory", code);
        }
    }

    private void changed(ServiceAttribute question, String action) {
        adminChanges.fire(new AdminChange(caller.getCallerPrincipal().getName(), "report-question",
                question.getCategoryCode() + "/" + question.getCode(), action));
        CacheClearing.nowAndAfterCommit(transactions, ReportCategories.QUESTIONS);
    }
}
