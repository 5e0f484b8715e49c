package vn.smartcity.ioc.report.domain;

import java.util.List;
import java.util.Optional;

/** The Open311 clients and their keys (hashed). */
public interface ApiClientRepository {

    ApiClient add(ApiClient client);

    Optional<ApiClient> byId(long id);

    /** The client holding a key, unless revoked. */
    Optional<ApiClient> activeByKeyHash(String keyHash);

    List<ApiClient> all();
}
