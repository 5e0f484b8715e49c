package vn.smartcity.ioc.city.application;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import vn.smartcity.ioc.shared.application.TtlCache;

import vn.smartcity.ioc.city.domain.CityRepository;

/** The city's public reference data: wards and communes, departments. Open to everyone, read only. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CityDirectory {

    @Inject
    CityRepository city;

    /** Wards and departments change by migration only: shared for five minutes on each node. */
    private static final TtlCache<String, List<?>> LISTS = new TtlCache<>(4, Duration.ofMinutes(5));

    @SuppressWarnings("unchecked")
    public List<WardView> wards() {
        return (List<WardView>) LISTS.get("wards", () -> city.wards().stream().map(WardView::of).toList());
    }

    public Optional<WardView> ward(String code) {
        return city.wardByCode(code).map(WardView::of);
    }

    @SuppressWarnings("unchecked")
    public List<DepartmentView> departments() {
        return (List<DepartmentView>) LISTS.get("departments", () -> city.departments().stream().map(DepartmentView::of).toList());
    }
}
