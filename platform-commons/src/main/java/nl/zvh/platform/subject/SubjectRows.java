package nl.zvh.platform.subject;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Native query rows as maps (column alias → value, in select order) for a service's subject export. */
public final class SubjectRows {
    private SubjectRows() {
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> list(EntityManager em, String sql, Object... parameters) {
        var query = em.createNativeQuery(sql, Tuple.class);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<Tuple> rows = query.getResultList();
        return rows.stream().map(SubjectRows::map).toList();
    }

    /**
     * The rows of {@code select} (which ends in {@code "... where <house column> = ?1 and "}) for the person asked
     * about: by {@code bsnColumn} when the query names a BSN, else by {@code personIdColumn}; ordered by {@code orderBy}.
     */
    public static List<Map<String, Object>> ofSubject(EntityManager em, String select, String bsnColumn,
            String personIdColumn, String orderBy, String house, SubjectQuery query) {
        return query.bsn() != null
                ? list(em, select + bsnColumn + " = ?2 order by " + orderBy, house, query.bsn())
                : list(em, select + personIdColumn + " = ?2 order by " + orderBy, house, query.personId());
    }

    private static Map<String, Object> map(Tuple tuple) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (TupleElement<?> element : tuple.getElements()) {
            m.put(camel(element.getAlias()), plain(tuple.get(element)));
        }
        return m;
    }

    private static Object plain(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return value;
    }

    static String camel(String column) {
        StringBuilder s = new StringBuilder();
        boolean up = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                s.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return s.toString();
    }
}
