package vn.smartcity.ioc.city.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A department or agency that handles incidents (police, construction, electricity, a ward's People's
 * Committee...). Staff belong to departments through their directory groups, matched by {@link #getCode()}.
 */
@Entity
@Table(name = "department")
@NamedQuery(name = "Department.findAll", query = "select d from Department d order by d.nameVi")
@NamedQuery(name = "Department.findByCode", query = "select d from Department d where d.code = :code")
public class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "department_seq")
    @SequenceGenerator(name = "department_seq", sequenceName = "department_seq", allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "name_vi", nullable = false, length = 200)
    private String nameVi;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "email", length = 200)
    private String email;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Department() {
    }

    public Department(String code, String nameVi, String nameEn) {
        this.code = code;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getNameVi() { return nameVi; }
    public String getNameEn() { return nameEn; }
    public String getEmail() { return email; }
    public boolean isActive() { return active; }

    /** The name in the given language ("vi" or anything else for English). */
    public String name(String language) {
        return "vi".equals(language) ? nameVi : nameEn;
    }
}
