package nl.zvh.coveca.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Appends every change of a plan to {@code plan_change} with a JSON snapshot of the changed goal or agreement. */
@ApplicationScoped
public class PlanHistory {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(UUID caseId, int planVersion, String subjectType, UUID subjectId, String change, Object snapshot,
            String changedBy, String changedByName) {
        em.createNativeQuery("""
                insert into plan_change (case_id, plan_version, subject_type, subject_id, change, snapshot,
                    changed_by, changed_at, changed_by_name) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""")
                .setParameter(1, caseId).setParameter(2, planVersion).setParameter(3, subjectType)
                .setParameter(4, subjectId).setParameter(5, change).setParameter(6, json(snapshot))
                .setParameter(7, changedBy).setParameter(8, Instant.now()).setParameter(9, changedByName)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<PlanView.Change> of(UUID caseId) {
        List<Object[]> rows = em.createNativeQuery("""
                select plan_version, subject_type, subject_id, change, snapshot, changed_by, changed_at,
                    changed_by_name
                from plan_change where case_id = ?1 order by id""").setParameter(1, caseId).getResultList();
        return rows.stream().map(r -> new PlanView.Change(((Number) r[0]).intValue(), (String) r[1], (UUID) r[2],
                (String) r[3], (String) r[4], (String) r[5], toInstant(r[6]), (String) r[7])).toList();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    private String json(Object snapshot) {
        try {
            return snapshot == null ? null : mapper.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
