package vn.smartcity.ioc.report.infrastructure;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.smartcity.ioc.report.domain.ApiClient;
import vn.smartcity.ioc.report.domain.ApiClientRepository;

@ApplicationScoped
public class JpaApiClientRepository implements ApiClientRepository {

    @PersistenceContext(unitName = "ioc")
    private EntityManager em;

    @Override
    public ApiClient add(ApiClient client) {
        em.persist(client);
        return client;
    }

    @Override
    public Optional<ApiClient> byId(long id) {
        return Optional.ofNullable(em.find(ApiClient.class, id));
    }

    @Override
    public Optional<ApiClient> activeByKeyHash(String keyHash) {
        return em.createQuery("select c from ApiClient c where c.keyHash = :hash and c.revokedAt is null", ApiClient.class)
                .setParameter("hash", keyHash).getResultStream().findFirst();
    }

    @Override
    public List<ApiClient> all() {
        return em.createQuery("select c from ApiClient c order by c.issuedAt desc", ApiClient.class).getResultList();
    }
}
