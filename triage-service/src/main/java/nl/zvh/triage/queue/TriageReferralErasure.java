package nl.zvh.triage.queue;

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
 * Anonymises one referral of the table in place: names, BSN, question, familiarity-check summaries, advice and
 * rationale, possible matches go; the date of birth becomes the date giving the same age on submission; dates,
 * municipality, urgency, problem areas, referrer organisation, scores and the decision's outcome stay (figures).
 */
@ApplicationScoped
public class TriageReferralErasure implements RecordErasure {
    private static final String[] STATEMENTS = {"""
            update triage_person set first_name = null, surname_prefix = null, last_name = null, bsn = null,
                date_of_birth = (select cast(r.submitted_at as date) - make_interval(years => cast(date_part('year',
                    age(cast(r.submitted_at as date), triage_person.date_of_birth)) as int))
                    from triage_referral r where r.referral_id = ?1)
            where referral_id = ?1""", "update familiarity_check set summary = null where referral_id = ?1",
            "update triage_decision set advice = null, rationale = '' where referral_id = ?1",
            "update agenda_item set reason = null where referral_id = ?1",
            "delete from possible_match where referral_id = ?1 or matched_referral_id = ?1",
            // the partners' incident counts of the approach's person (effect of the approach) go with the referral
            "delete from incident_count where person_id in (select person_id from triage_person where referral_id = ?1)",
            // the keyed hashes in the national index and the answers of national checks about its persons go too
            "delete from national_person_key where referral_id = ?1",
            "delete from national_check where referral_id = ?1",
            "update triage_referral set question = '', erased_at = ?2 where referral_id = ?1"};

    @Inject
    Referrals referrals;

    @Inject
    EntityManager em;

    /** @return the platform person ids of the referral's persons */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> erase(UUID referralId, Instant now) {
        return Anonymisation.erase(em, "select person_id from triage_person where referral_id = ?1", STATEMENTS,
                referralId, now);
    }

    /** The erased record's referrals that the table holds in the erasure's house and has not erased yet. */
    @Override
    public List<UUID> touchedBy(String house, PersonDataErased erased) {
        return referrals.notErased(house, erased.referralIds());
    }

    /**
     * Referrals of the table whose term expired, in every house: decided with advice or no action before
     * {@code decidedBefore}, or withdrawn before {@code withdrawnBefore}. The referral is its own record.
     */
    @SuppressWarnings("unchecked")
    public List<Expired> expired(Instant decidedBefore, Instant withdrawnBefore) {
        return Expired.of(em.createNativeQuery("""
                select r.referral_id as record_id, r.house, r.referral_id from triage_referral r
                left join triage_decision d on d.referral_id = r.referral_id
                where r.erased_at is null and (
                    (d.outcome in ('ADVICE', 'NO_ACTION') and d.decided_at < ?1)
                    or (r.withdrawn_at is not null and r.withdrawn_at < ?2))""").setParameter(1, decidedBefore)
                .setParameter(2, withdrawnBefore).getResultList());
    }
}
