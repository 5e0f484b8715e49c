package vn.smartcity.ioc.shared.infrastructure.persistence;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.TypedQuery;

/**
 * A where clause built from the conditions a filter actually asks for, with its parameters. (Never
 * {@code :param is null or ...}: PostgreSQL cannot type a null parameter.)
 */
public final class JpqlWhere {

    private String jpql = "";
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    public JpqlWhere add(String condition, String name, Object value) {
        jpql += (jpql.isEmpty() ? " where " : " and ") + condition;
        parameters.put(name, value);
        return this;
    }

    /** " where a and b ...", or "" without conditions. */
    public String jpql() {
        return jpql;
    }

    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
