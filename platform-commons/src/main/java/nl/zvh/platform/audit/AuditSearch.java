package nl.zvh.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Searches this service's audit log within one house, newest first. */
@ApplicationScoped
public class AuditSearch {

    @Inject
    EntityManager em;

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
                from audit_log where house = ?1""");
        List<Object> params = new ArrayList<>(List.of(q.house()));
        if (q.personRefs() != null) {
            sql.append(" and person_ref in (?").append(params.size() + 1).append(')');
            params.add(q.personRefs());
        }
        if (q.user() != null) {
            sql.append(" and (user_id = ?").append(params.size() + 1).append(" or lower(user_name) = lower(?")
                    .append(params.size() + 1).append("))");
            params.add(q.user());
        }
        if (q.from() != null) {
            sql.append(" and occurred_at >= ?").append(params.size() + 1);
            params.add(OffsetDateTime.ofInstant(q.from(), ZoneOffset.UTC));
        }
        if (q.to() != null) {
            sql.append(" and occurred_at < ?").append(params.size() + 1);
            params.add(OffsetDateTime.ofInstant(q.to(), ZoneOffset.UTC));
        }
        if (q.action() != null) {
            sql.append(" and action = ?").append(params.size() + 1);
            params.add(q.action().name());
        }
        if (q.breakGlass() != null) {
            sql.append(" and break_glass = ?").append(params.size() + 1);
            params.add(q.breakGlass());
        }
        if (q.resourceId() != null) {
            sql.append(" and resource_id = ?").append(params.size() + 1);
            params.add(q.resourceId());
        }
        sql.append(" order by id desc limit ").append(q.limit());
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(this::entry).toList();
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
