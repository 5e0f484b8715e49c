package vn.smartcity.ioc.violation.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A registered vehicle (imported from the registration authority's file): its plate, class and owner. */
@Entity
@Table(name = "vehicle")
public class Vehicle {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vehicle_seq")
    @SequenceGenerator(name = "vehicle_seq", sequenceName = "vehicle_seq", allocationSize = 50)
    private Long id;

    /** Canonical form ({@link Plate#canonical()}). */
    @Column(name = "plate", nullable = false, length = 20, unique = true)
    private String plate;

    @Enumerated(EnumType.STRING)
    @Column(name = "vehicle_class", nullable = false, length = 12)
    private VehicleClass vehicleClass;

    @Column(name = "owner_name", nullable = false, length = 200)
    private String ownerName;

    @Column(name = "owner_address", length = 500)
    private String ownerAddress;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected Vehicle() {
    }

    public Vehicle(Plate plate, VehicleClass vehicleClass, String ownerName, String ownerAddress, Instant importedAt) {
        this.plate = plate.canonical();
        this.vehicleClass = vehicleClass;
        this.ownerName = ownerName;
        this.ownerAddress = ownerAddress;
        this.importedAt = importedAt;
    }

    public String getPlate() { return plate; }
    /** The registered class and owner, as a violation records them. */
    public VehicleOwner owner() {
        return new VehicleOwner(plate, vehicleClass, ownerName, ownerAddress);
    }

    public VehicleClass getVehicleClass() { return vehicleClass; }
    public String getOwnerName() { return ownerName; }
    public String getOwnerAddress() { return ownerAddress; }
}
