package nl.zvh.lifecourse.candidates;

import jakarta.enterprise.context.ApplicationScoped;
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
 * Anonymises one candidate in place: name, safety notes, closure note, decision reasons and the client file's texts go; the date of
 * birth becomes the date giving the same age when the candidate was registered; house, municipality, dates, status
 * and decisions stay (figures). Marked {@code erased_at}, never shown again.
 */
@ApplicationScoped
public class CandidateErasure implements RecordErasure {
    private static final String[] STATEMENTS = {"update inclusion_decision set reason = null where candidate_id = ?1",
            "update client_entry set text = null where candidate_id = ?1",
            "delete from safety_note where candidate_id = ?1",
            "update life_domain_scoring set note = null where candidate_id = ?1", """
                    update candidate set first_name = null, last_name = null, closure_note = null, erased_at = ?2,
                        date_of_birth = cast(created_at as date) - make_interval(years => cast(date_part('year',
                            age(cast(created_at as date), date_of_birth)) as int))
                    where id = ?1"""};

    @Inject
    Candidates candidates;

    @Inject
    EntityManager em;

    /** @return the platform person id of the candidate */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> erase(UUID candidateId, Instant now) {
        return Anonymisation.erase(em, "select person_id from candidate where id = ?1", STATEMENTS, candidateId, now);
    }

    /**
     * Candidates from an erased referral, unless included (an included client's file is this service's own to keep).
     */
    @Override
    public List<UUID> touchedBy(String house, PersonDataErased erased) {
        return candidates.fromErasedReferrals(house, erased.referralIds());
    }

    /** Closed clients (any period) not erased whose closure is before {@code before}. */
    @SuppressWarnings("unchecked")
    public List<Expired> closedBefore(Instant before) {
        return Expired.of(em.createNativeQuery("""
                select c.id, c.house, c.source_referral_id from candidate c
                where c.erased_at is null and c.status = 'CLOSED' and c.closed_at < ?1""").setParameter(1, before)
                .getResultList());
    }

    /** Candidates not included whose last inclusion decision (or registration) is before {@code before}. */
    @SuppressWarnings("unchecked")
    public List<Expired> notIncludedBefore(Instant before) {
        return Expired.of(em.createNativeQuery("""
                select c.id, c.house, c.source_referral_id from candidate c
                where c.erased_at is null and c.status = 'NOT_INCLUDED'
                  and coalesce((select max(d.decided_at) from inclusion_decision d where d.candidate_id = c.id),
                               c.created_at) < ?1""").setParameter(1, before).getResultList());
    }
}
