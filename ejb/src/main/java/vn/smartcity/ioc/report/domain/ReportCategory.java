package vn.smartcity.ioc.report.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import vn.smartcity.ioc.city.domain.Department;
import vn.smartcity.ioc.shared.domain.BilingualReference;
import vn.smartcity.ioc.shared.domain.Invalid;

/**
 * What a citizen can report (flooding, a broken street light, ...), the department responsible for it and
 * the service-level agreement: the number of hours within which it must be resolved. The code doubles as
 * the Open311 {@code service_code}. A category's department may differ per ward or commune ({@link WardRoute}):
 * {@link #departmentFor} is where a report or incident of the category in a ward goes.
 */
@Entity
@Table(name = "report_category")
@NamedQuery(name = "ReportCategory.findAll",
        query = "select c from ReportCategory c join fetch c.department order by c.nameVi")
@NamedQuery(name = "ReportCategory.findByCode",
        query = "select c from ReportCategory c join fetch c.department where c.code = :code")
@NamedQuery(name = "ReportCategory.findActive",
        query = "select c from ReportCategory c join fetch c.department where c.active = true order by c.nameVi")
@Audited
public class ReportCategory extends BilingualReference {

    /** One year: longer than that is not a service level. */
    public static final int MAX_SLA_HOURS = 8760;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_category_seq")
    @SequenceGenerator(name = "report_category_seq", sequenceName = "report_category_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Department department;

    @Column(name = "sla_hours", nullable = false)
    private int slaHours;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    @OneToMany(mappedBy = "category", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("wardCode")
    private List<WardRoute> wardRoutes = new ArrayList<>();

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected ReportCategory() {
    }

    public ReportCategory(String code, String nameVi, String nameEn, Department department, int slaHours) {
        super(code, nameVi, nameEn);
        this.department = department;
        this.slaHours = checkedSla(slaHours);
    }

    /** An administrator changes who answers, within how many hours, and whether citizens can choose it. */
    public void changeSettings(Department department, int slaHours, boolean active, String by, Instant at) {
        this.slaHours = checkedSla(slaHours);
        this.department = department;
        this.active = active;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** The department that answers this category in the ward or commune {@code wardCode} (null: unknown place). */
    public Department departmentFor(String wardCode) {
        return route(wardCode).map(WardRoute::getDepartment).orElse(department);
    }

    /**
     * An administrator sends the category in one ward to another department, or back to the category's own
     * ({@code to} null or the category's department: the ward's route is removed).
     */
    public void routeWard(String wardCode, Department to, String by, Instant at) {
        Optional<WardRoute> existing = route(wardCode);
        if (to == null || to.getCode().equals(department.getCode())) {
            existing.ifPresent(wardRoutes::remove);
        } else if (existing.isPresent()) {
            existing.get().sendTo(to);
        } else {
            wardRoutes.add(new WardRoute(this, wardCode, to));
        }
        this.updatedBy = by;
        this.updatedAt = at;
    }

    private Optional<WardRoute> route(String wardCode) {
        return wardCode == null ? Optional.empty()
                : wardRoutes.stream().filter(r -> r.getWardCode().equals(wardCode)).findFirst();
    }

    private static int checkedSla(int hours) {
        if (hours < 1 || hours > MAX_SLA_HOURS) {
            throw new Invalid("report.slaRange", MAX_SLA_HOURS);
        }
        return hours;
    }

    public Long getId() { return id; }
    public Department getDepartment() { return department; }
    public int getSlaHours() { return slaHours; }
    public boolean isActive() { return active; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public List<WardRoute> getWardRoutes() { return List.copyOf(wardRoutes); }

}
