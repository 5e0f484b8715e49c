package vn.smartcity.ioc.city.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import vn.smartcity.ioc.shared.domain.BilingualReference;

/**
 * A department or agency that handles incidents (police, construction, electricity, a ward's People's
 * Committee...). Staff belong to departments through their directory groups, matched by {@link #getCode()}.
 */
@Entity
@Table(name = "department")
@NamedQuery(name = "Department.findAll", query = "select d from Department d order by d.nameVi")
@NamedQuery(name = "Department.findByCode", query = "select d from Department d where d.code = :code")
public class Department extends BilingualReference {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "department_seq")
    @SequenceGenerator(name = "department_seq", sequenceName = "department_seq", allocationSize = 50)
    private Long id;

    @Column(name = "email", length = 200)
    private String email;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected Department() {
    }

    public Department(String code, String nameVi, String nameEn) {
        super(code, nameVi, nameEn);
    }

    public Long getId() { return id; }
    public String getEmail() { return email; }
    public boolean isActive() { return active; }

}
