package vn.smartcity.ioc.city.infrastructure;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.smartcity.ioc.city.domain.CityRepository;
import vn.smartcity.ioc.city.domain.Department;
import vn.smartcity.ioc.city.domain.Province;
import vn.smartcity.ioc.city.domain.Ward;
import vn.smartcity.ioc.city.domain.WardKind;

@ApplicationScoped
public class JpaCityRepository implements CityRepository {

    @PersistenceContext(unitName = "ioc")
    private EntityManager em;

    @Override
    public Province province() {
        return em.createQuery("select p from Province p order by p.id", Province.class).setMaxResults(1)
                .getSingleResult();
    }

    @Override
    public List<Ward> wards() {
        return em.createNamedQuery("Ward.findAll", Ward.class).getResultList();
    }

    @Override
    public Optional<Ward> wardByCode(String code) {
        return em.createNamedQuery("Ward.findByCode", Ward.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Override
    public Map<WardKind, Long> wardCountsByKind() {
        Map<WardKind, Long> counts = new EnumMap<>(WardKind.class);
        for (Object[] row : em.createNamedQuery("Ward.countByKind", Object[].class).getResultList()) {
            counts.put((WardKind) row[0], (Long) row[1]);
        }
        return counts;
    }

    @Override
    public List<Department> departments() {
        return em.createNamedQuery("Department.findAll", Department.class).getResultList();
    }

    @Override
    public Optional<Department> departmentByCode(String code) {
        return em.createNamedQuery("Department.findByCode", Department.class).setParameter("code", code)
                .getResultStream().findFirst();
    }
}
