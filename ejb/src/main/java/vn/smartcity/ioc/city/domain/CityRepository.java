package vn.smartcity.ioc.city.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The city's reference data. */
public interface CityRepository {

    /** The province the IOC serves. */
    Province province();

    List<Ward> wards();

    Optional<Ward> wardByCode(String code);

    Map<WardKind, Long> wardCountsByKind();

    List<Department> departments();

    Optional<Department> departmentByCode(String code);
}
