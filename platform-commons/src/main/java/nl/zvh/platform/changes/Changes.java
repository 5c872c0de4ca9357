package nl.zvh.platform.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The changes feed of this service (table {@code partner_change}): a service {@linkplain #record records} a change
 * for an organisation in the transaction that makes it; the organisation's partner system {@linkplain #after reads}
 * them in order with a cursor. Reading first hands positions to what has been committed since (one transaction under
 * an advisory lock), so positions only grow in the order they become visible: a reader never misses a change.
 */
@ApplicationScoped
public class Changes {
    /** The advisory lock of the position hand-out (any constant of this table). */
    static final long LOCK = 0x7a76686368616e67L; // "zvhchang"

    @Inject
    EntityManager em;

    @Inject
    PositionHandOut handOut;

    /**
     * Records a change for {@code organisation} in {@code house} (null: a national organisation such as DJI). Must run
     * in the transaction of the change itself.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String house, String organisation, String kind, String recordType, String recordId,
            String status) {
        em.createNativeQuery("""
                insert into partner_change (house, organisation, kind, record_type, record_id, status, occurred_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)""").setParameter(1, house).setParameter(2, organisation)
                .setParameter(3, kind).setParameter(4, recordType).setParameter(5, recordId).setParameter(6, status)
                .setParameter(7, OffsetDateTime.now()).executeUpdate();
    }

    /** The organisation's changes after {@code cursor}, oldest first, at most {@code limit}. */
    @SuppressWarnings("unchecked")
    public List<Change> after(String house, String organisation, long cursor, int limit) {
        handOut.positionCommitted();
        List<Object[]> rows = em.createNativeQuery("""
                select position, kind, record_type, record_id, status, occurred_at from partner_change
                where organisation = ?1 and house is not distinct from ?2 and position > ?3
                order by position limit ?4""").setParameter(1, organisation).setParameter(2, house)
                .setParameter(3, cursor).setParameter(4, limit).getResultList();
        return rows.stream().map(r -> new Change(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], r[5] instanceof Instant i ? i : ((OffsetDateTime) r[5]).toInstant()))
                .toList();
    }
}
