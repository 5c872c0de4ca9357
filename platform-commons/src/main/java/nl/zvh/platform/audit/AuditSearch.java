package nl.zvh.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Searches this service's audit log within one house, newest first; for a partner organisation's privacy officer only
 * its own users' entries and those about records its organisation owns ({@link AuditScope}).
 */
@ApplicationScoped
public class AuditSearch {

    @Inject
    EntityManager em;

    @Inject
    Instance<AuditRecordOwner> owners;

    @ConfigProperty(name = "quarkus.application.name", defaultValue = "service")
    String service;

    public List<AuditEntry> search(AuditQuery q) {
        if (q.personRefs() != null && q.personRefs().isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("""
                select chain_seq, occurred_at, action, resource_type, resource_id, person_ref, user_id, user_name,
                       organisation, house, roles, on_behalf_of, purpose, outcome, break_glass,
                       cast(break_glass_id as varchar), correlation_id
                from audit_log where house = :house""");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("house", q.house());
        if (q.organisation() != null) {
            sql.append(" and (organisation = :organisation");
            for (AuditRecordOwner owner : owners) {
                String type = "ownedType" + params.size();
                sql.append(" or (resource_type = :").append(type).append(" and resource_id in (")
                        .append(owner.ownedIds()).append("))");
                params.put(type, owner.resourceType());
            }
            sql.append(')');
            params.put("organisation", q.organisation());
        }
        condition(sql, params, "person_ref in (:persons)", "persons", q.personRefs());
        condition(sql, params, "(user_id = :user or lower(user_name) = lower(:user))", "user", q.user());
        condition(sql, params, "occurred_at >= :from", "from",
                q.from() == null ? null : OffsetDateTime.ofInstant(q.from(), ZoneOffset.UTC));
        condition(sql, params, "occurred_at < :to", "to",
                q.to() == null ? null : OffsetDateTime.ofInstant(q.to(), ZoneOffset.UTC));
        condition(sql, params, "action = :action", "action", q.action() == null ? null : q.action().name());
        condition(sql, params, "break_glass = :breakGlass", "breakGlass", q.breakGlass());
        condition(sql, params, "resource_id = :resourceId", "resourceId", q.resourceId());
        sql.append(" order by id desc limit ").append(q.limit());
        Query query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(this::entry).toList();
    }

    private static void condition(StringBuilder sql, Map<String, Object> params, String condition, String name,
            Object value) {
        if (value != null) {
            sql.append(" and ").append(condition);
            params.put(name, value);
        }
    }

    private AuditEntry entry(Object[] r) {
        return new AuditEntry(r[0] == null ? null : ((Number) r[0]).longValue(), time(r[1]), service, (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9],
                (String) r[10], (String) r[11], (String) r[12], (String) r[13], Boolean.TRUE.equals(r[14]),
                (String) r[15], (String) r[16]);
    }

    private static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(value.toString());
    }
}
