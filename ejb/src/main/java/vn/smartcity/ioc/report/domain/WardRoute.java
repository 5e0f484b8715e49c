package vn.smartcity.ioc.report.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import vn.smartcity.ioc.city.domain.Department;

/**
 * Who answers a category in one ward or commune, where that is not the category's own department: a
 * ward-level matter (waste, encroachment on the pavement) goes to that ward's People's Committee. Part of the
 * {@link ReportCategory} aggregate; reference data that administrators edit, audited.
 */
@Entity
@Table(name = "category_ward_route")
@Audited
public class WardRoute {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "category_ward_route_seq")
    @SequenceGenerator(name = "category_ward_route_seq", sequenceName = "category_ward_route_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private ReportCategory category;

    @Column(name = "ward_code", nullable = false, length = 20)
    private String wardCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Department department;

    protected WardRoute() {
    }

    WardRoute(ReportCategory category, String wardCode, Department department) {
        this.category = category;
        this.wardCode = wardCode;
        this.department = department;
    }

    void sendTo(Department department) {
        this.department = department;
    }

    public String getWardCode() { return wardCode; }
    public Department getDepartment() { return department; }
}
