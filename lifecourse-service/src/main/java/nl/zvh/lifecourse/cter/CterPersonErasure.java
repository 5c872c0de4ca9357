package nl.zvh.lifecourse.cter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.retention.Anonymisation;
import nl.zvh.platform.retention.ExpiringRecords.Expired;
import nl.zvh.platform.retention.PersonDataErased;
import nl.zvh.platform.retention.RecordErasure;

/**
 * Anonymises one CTER register entry in place: the name and the follow-up texts (of the person and of every weighing)
 * go; house, municipality, source, ideology, outcomes and dates stay (figures). Marked {@code erased_at}, never shown
 * again. Only typed as itself: the service's one {@link RecordErasure} for other services' erasures stays the
 * candidates' ({@code CandidateErasure}); the register keeps its own term, so an erased referral touches no entry.
 */
@ApplicationScoped
@Typed(CterPersonErasure.class)
public class CterPersonErasure implements RecordErasure {
    private static final String[] STATEMENTS = {"update cter_weighing set follow_up = null where person_id = ?1", """
            update cter_person set first_name = null, last_name = null, follow_up = null, erased_at = ?2
            where id = ?1"""};

    @Inject
    EntityManager em;

    /** @return the platform person id of the entry */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> erase(UUID cterPersonId, Instant now) {
        return Anonymisation.erase(em, "select person_id from cter_person where id = ?1", STATEMENTS, cterPersonId,
                now);
    }

    @Override
    public List<UUID> touchedBy(String house, PersonDataErased erased) {
        return List.of();
    }

    /** Entries not erased whose outcome is "no action" and whose last weighing is before {@code before}. */
    @SuppressWarnings("unchecked")
    public List<Expired> withoutActionBefore(Instant before) {
        return Expired.of(em.createNativeQuery("""
                select p.id, p.house, p.source_referral_id from cter_person p
                where p.erased_at is null and p.outcome = 'NO_ACTION'
                  and (select max(w.decided_at) from cter_weighing w where w.person_id = p.id) < ?1""")
                .setParameter(1, before).getResultList());
    }
}
