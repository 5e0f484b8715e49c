package vn.smartcity.ioc.audit.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.incident.domain.Incident;
import vn.smartcity.ioc.report.domain.ReportCategory;
import vn.smartcity.ioc.shared.infrastructure.audit.IocRevision;

/** The latest audited changes, newest first, for auditors (read only). */
@Stateless
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN, Roles.SUPERVISOR})
public class AuditTrail {

    static final int MAX = 500;

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    public List<AuditEntry> latest(int max) {
        int limit = Math.min(Math.max(1, max), MAX);
        List<AuditEntry> entries = new ArrayList<>();
        entries.addAll(changes(Incident.class, "incident", limit, i -> i.getId(),
                i -> i.getState() + " · " + i.getPriority() + " · " + i.getDepartmentCode()
                        + (i.getAssignee() == null ? "" : " / " + i.getAssignee())));
        entries.addAll(changes(ReportCategory.class, "report-category", limit, ReportCategory::getId,
                c -> c.getCode() + " · " + c.getDepartment().getCode() + " · " + c.getSlaHours() + " h"
                        + (c.isActive() ? "" : " · inactive")));
        entries.addAll(changes(vn.smartcity.ioc.camera.domain.DetectionRule.class, "detection-rule", limit,
                vn.smartcity.ioc.camera.domain.DetectionRule::getId,
                r -> r.getCode() + " · " + r.getKind() + " · " + r.getLabels()
                        + (r.getCameraCode() == null ? "" : " · " + r.getCameraCode())
                        + (r.getZone() == null ? "" : " / " + r.getZone()) + " · " + r.getSeverity()
                        + (r.isActive() ? "" : " · inactive")));
        entries.addAll(changes(vn.smartcity.ioc.camera.domain.Camera.class, "camera", limit,
                vn.smartcity.ioc.camera.domain.Camera::getId,
                c -> c.getCode() + " · " + c.getKind() + " · " + c.getName()
                        + (c.getGeometry() == null ? "" : " · geometry " + c.getGeometry().length() + " chars")
                        + (c.isActive() ? "" : " · inactive")));
        // traffic violations: established by the processing job (ADD, by the job's identity), then each officer's
        // decision (MOD): confirmed, plate corrected, rejected, notice issued
        entries.addAll(changes(vn.smartcity.ioc.violation.domain.Violation.class, "violation", limit,
                vn.smartcity.ioc.violation.domain.Violation::getId,
                v -> v.getPlate() + " · " + v.getKind() + " · " + v.getState()
                        + (v.getFineMin() == null ? "" : " · " + v.getFineMin() + "–" + v.getFineMax())
                        + (v.getReviewedBy() == null ? "" : " / " + v.getReviewedBy())));
        entries.sort(Comparator.comparingLong(AuditEntry::revision).reversed()
                .thenComparing(AuditEntry::entity).thenComparingLong(AuditEntry::entityId));
        return entries.size() > limit ? entries.subList(0, limit) : entries;
    }

    private <T> List<AuditEntry> changes(Class<T> type, String name, int limit, Function<T, Long> id,
                                         Function<T, String> summary) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(limit)
                .getResultList();
        List<AuditEntry> entries = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            T entity = type.cast(row[0]);
            IocRevision revision = (IocRevision) row[1];
            RevisionType change = (RevisionType) row[2];
            entries.add(new AuditEntry(revision.getId(), revision.getAt(), revision.getUsername(), name, id.apply(entity),
                    change.name(), change == RevisionType.DEL ? "" : summary.apply(entity)));
        }
        return entries;
    }
}
