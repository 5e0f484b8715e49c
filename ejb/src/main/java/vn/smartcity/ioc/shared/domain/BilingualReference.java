package vn.smartcity.ioc.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

/**
 * Reference data with a stable code and a name in Vietnamese and English (province, department, report
 * category...), versioned so that two administrators editing it cannot overwrite each other.
 */
@MappedSuperclass
@Audited
public abstract class BilingualReference {

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "name_vi", nullable = false, length = 200)
    private String nameVi;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected BilingualReference() {
    }

    protected BilingualReference(String code, String nameVi, String nameEn) {
        this.code = code;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
    }

    public String getCode() { return code; }
    public String getNameVi() { return nameVi; }
    public String getNameEn() { return nameEn; }
    public int getVersion() { return version; }

    /** The name in the given language ("vi", anything else is English). */
    public String name(String language) {
        return "vi".equals(language) ? nameVi : nameEn;
    }
}
