package nl.zvh.coveca.handover;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Anonymises declined incoming requests in place (names, dates of birth, summary, parts, reason); see HandoverRetention. */
@ApplicationScoped
public class HandoverErasure {

    @Inject
    EntityManager em;

    /** @return how many declined requests decided before {@code decidedBefore} were anonymised now */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public int declinedBefore(Instant decidedBefore, Instant now) {
        List<UUID> ids = em.createNativeQuery("""
                select id from incoming_handover
                where erased_at is null and status = 'DECLINED' and decided_at < ?1""").setParameter(1, decidedBefore)
                .getResultList();
        for (UUID id : ids) {
            em.createNativeQuery("""
                    update incoming_handover_person set first_name = null, surname_prefix = null, last_name = null,
                        date_of_birth = null
                    where handover_id = ?1""").setParameter(1, id).executeUpdate();
            em.createNativeQuery("""
                    update incoming_handover set summary = '', life_domains = null, plan_goals = null,
                        requested_by_name = null, decided_by_name = null, decline_reason = null, erased_at = ?2,
                        version = version + 1
                    where id = ?1""").setParameter(1, id).setParameter(2, now).executeUpdate();
        }
        em.flush();
        em.clear();
        return ids.size();
    }
}
