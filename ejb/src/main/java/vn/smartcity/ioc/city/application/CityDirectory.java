package vn.smartcity.ioc.city.application;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import vn.smartcity.ioc.city.domain.CityRepository;

/** The city's public reference data: wards and communes, departments. Open to everyone, read only. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CityDirectory {

    @Inject
    CityRepository city;

    public List<WardView> wards() {
        return city.wards().stream().map(WardView::of).toList();
    }

    public Optional<WardView> ward(String code) {
        return city.wardByCode(code).map(WardView::of);
    }

    public List<DepartmentView> departments() {
        return city.departments().stream().map(DepartmentView::of).toList();
    }
}
