package vn.smartcity.ioc.city.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The province the IOC serves (since 1 July 2025 wards and communes belong directly to it). */
@Entity
@Table(name = "province")
public class Province {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "province_seq")
    @SequenceGenerator(name = "province_seq", sequenceName = "province_seq", allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, length = 20)
    private String code;

    @Column(name = "name_vi", nullable = false, length = 200)
    private String nameVi;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    /** Vehicle plate code(s) of the province, e.g. "25" for Lai Châu. */
    @Column(name = "plate_code", length = 20)
    private String plateCode;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Province() {
    }

    public Province(String code, String nameVi, String nameEn, String plateCode) {
        this.code = code;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.plateCode = plateCode;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getNameVi() { return nameVi; }
    public String getNameEn() { return nameEn; }
    public String getPlateCode() { return plateCode; }
}
