package vn.smartcity.ioc.report.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import vn.smartcity.ioc.shared.domain.BilingualReference;

import vn.smartcity.ioc.city.domain.Department;

/**
 * What a citizen can report (flooding, a broken street light, ...), the department responsible for it and
 * the service-level agreement: the number of hours within which it must be resolved. The code doubles as
 * the Open311 {@code service_code}.
 */
@Entity
@Table(name = "report_category")
@NamedQuery(name = "ReportCategory.findAll",
        query = "select c from ReportCategory c join fetch c.department order by c.nameVi")
@NamedQuery(name = "ReportCategory.findActive",
        query = "select c from ReportCategory c join fetch c.department where c.active = true order by c.nameVi")
public class ReportCategory extends BilingualReference {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_category_seq")
    @SequenceGenerator(name = "report_category_seq", sequenceName = "report_category_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @Column(name = "sla_hours", nullable = false)
    private int slaHours;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected ReportCategory() {
    }

    public ReportCategory(String code, String nameVi, String nameEn, Department department, int slaHours) {
        super(code, nameVi, nameEn);
        if (slaHours <= 0) {
            throw new IllegalArgumentException("The SLA of a category must be a positive number of hours");
        }
        this.department = department;
        this.slaHours = slaHours;
    }

    public Long getId() { return id; }
    public Department getDepartment() { return department; }
    public int getSlaHours() { return slaHours; }
    public boolean isActive() { return active; }

}
