package vn.smartcity.ioc.city.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A ward (phường) or commune (xã) of the province: where incidents, cameras and lights are. */
@Entity
@Table(name = "ward")
@NamedQuery(name = "Ward.findAll", query = "select w from Ward w order by w.kind, w.name")
@NamedQuery(name = "Ward.findByCode", query = "select w from Ward w where w.code = :code")
@NamedQuery(name = "Ward.countByKind", query = "select w.kind, count(w) from Ward w group by w.kind")
public class Ward {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ward_seq")
    @SequenceGenerator(name = "ward_seq", sequenceName = "ward_seq", allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, length = 20)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private WardKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "province_id", nullable = false)
    private Province province;

    /** Approximate centre, WGS 84; null where not surveyed yet. */
    @Column(name = "latitude")
    private Double latitude;

    @Column(name = "longitude")
    private Double longitude;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Ward() {
    }

    public Ward(String code, String name, WardKind kind, Province province) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.province = province;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public WardKind getKind() { return kind; }
    public Province getProvince() { return province; }
    public Double getLatitude() { return latitude; }
    public Double getLongitude() { return longitude; }
}
