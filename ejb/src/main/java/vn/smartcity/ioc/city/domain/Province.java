package vn.smartcity.ioc.city.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import vn.smartcity.ioc.shared.domain.BilingualReference;

/** The province the IOC serves (since 1 July 2025 wards and communes belong directly to it). */
@Entity
@Table(name = "province")
public class Province extends BilingualReference {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "province_seq")
    @SequenceGenerator(name = "province_seq", sequenceName = "province_seq", allocationSize = 50)
    private Long id;

    /** Vehicle plate code(s) of the province, e.g. "25" for Lai Châu. */
    @Column(name = "plate_code", length = 20)
    private String plateCode;

    /** The province's bounding box; coordinates outside it are not the city's. */
    @Column(name = "min_latitude")
    private Double minLatitude;

    @Column(name = "max_latitude")
    private Double maxLatitude;

    @Column(name = "min_longitude")
    private Double minLongitude;

    @Column(name = "max_longitude")
    private Double maxLongitude;

    protected Province() {
    }

    public Province(String code, String nameVi, String nameEn, String plateCode) {
        super(code, nameVi, nameEn);
        this.plateCode = plateCode;
    }

    /** Whether a point lies in the province's bounding box (true when no box is set). */
    public boolean contains(double latitude, double longitude) {
        return (minLatitude == null || latitude >= minLatitude) && (maxLatitude == null || latitude <= maxLatitude)
                && (minLongitude == null || longitude >= minLongitude) && (maxLongitude == null || longitude <= maxLongitude);
    }

    public Long getId() { return id; }
    public String getPlateCode() { return plateCode; }
}
