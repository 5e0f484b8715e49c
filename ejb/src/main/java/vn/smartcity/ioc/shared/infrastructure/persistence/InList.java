package vn.smartcity.ioc.shared.infrastructure.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.TypedQuery;

/**
 * {@code in :name} over many values, in queries Hibernate can keep translated. Hibernate 6 translates a query with
 * a list-valued parameter afresh at each execution (its query plan cache leaves such queries out); for the
 * violation job's chunk queries that translation cost more than the database's work. Here the list is spelled out
 * as single-valued parameters ({@code in (:name0, :name1, …)}), padded to the next size of a few fixed ones with
 * its last value (which changes no result): a handful of query strings, each translated once. At most 1,000
 * values per statement (Oracle's limit); more are run as several statements.
 */
public final class InList {

    /** Values per statement at most: Oracle refuses longer IN lists. */
    public static final int MAX = 1000;
    private static final int SMALLEST = 16;

    private InList() {
    }

    /**
     * Runs a select once per slice of at most {@link #MAX} values and returns all the results.
     *
     * @param jpql   the query, with {@code in :name} where the list goes
     * @param create makes the query from the expanded JPQL and binds its other parameters
     */
    public static <T> List<T> select(Collection<?> values, String name, String jpql, Function<String, TypedQuery<T>> create) {
        List<T> results = new ArrayList<>();
        for (List<?> slice : slices(values)) {
            int size = size(slice.size());
            TypedQuery<T> query = create.apply(expand(jpql, name, size));
            bind(query, name, slice, size);
            results.addAll(query.getResultList());
        }
        return results;
    }

    /** The list size used for {@code n} values: 16, 32 … 512, or 1,000. */
    static int size(int n) {
        int size = SMALLEST;
        while (size < n && size < MAX) {
            size *= 2;
        }
        return Math.min(size, MAX);
    }

    /** The JPQL with {@code in :name} replaced by {@code in (:name0, …, :name<size-1>)}. */
    static String expand(String jpql, String name, int size) {
        String list = "in :" + name;
        int at = jpql.indexOf(list);
        int end = at + list.length();
        if (at < 0 || jpql.indexOf(list, at + 1) >= 0 || end < jpql.length() && Character.isJavaIdentifierPart(jpql.charAt(end))) {
            throw new IllegalArgumentException("The query needs exactly one '" + list + "': " + jpql);
        }
        StringBuilder expanded = new StringBuilder("in (");
        for (int i = 0; i < size; i++) {
            expanded.append(i == 0 ? ":" : ", :").append(name).append(i);
        }
        return jpql.substring(0, at) + expanded.append(')') + jpql.substring(end);
    }

    private static void bind(TypedQuery<?> query, String name, List<?> values, int size) {
        for (int i = 0; i < size; i++) {
            query.setParameter(name + i, values.get(Math.min(i, values.size() - 1)));
        }
    }

    private static List<List<?>> slices(Collection<?> values) {
        List<?> all = List.copyOf(values);
        List<List<?>> slices = new ArrayList<>();
        for (int from = 0; from < all.size(); from += MAX) {
            slices.add(all.subList(from, Math.min(all.size(), from + MAX)));
        }
        return slices;
    }
}
