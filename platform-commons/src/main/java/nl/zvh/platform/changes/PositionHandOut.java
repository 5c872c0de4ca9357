package nl.zvh.platform.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Gives the committed changes without a position the next positions, in id order, in a transaction of its own under
 * an advisory lock: two readers never hand out at once, and a change still being written is not seen, so it gets a
 * position above everything a reader could already have read.
 */
@ApplicationScoped
public class PositionHandOut {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void positionCommitted() {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, Changes.LOCK).getSingleResult();
        em.createNativeQuery("""
                update partner_change c set position = p.next
                from (select id, nextval('partner_change_position') as next
                      from (select id from partner_change where position is null order by id) ordered) p
                where c.id = p.id""").executeUpdate();
    }
}
