package vn.smartcity.ioc.violation.domain;

/**
 * What a violation takes from the vehicle registry: the registered class and the owner of a plate (canonical).
 * The violation job reads these for a chunk's plates in one query, without loading the vehicles themselves.
 */
public record VehicleOwner(String plate, VehicleClass vehicleClass, String ownerName, String ownerAddress) {
}
