package nl.zvh.triage.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.retention.Anonymisation;
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
            "update triage_referral set question = '', erased_at = ?2 where referral_id = ?1"};

    @Inject
    EntityManager em;

    /** @return the platform person ids of the referral's persons */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> erase(UUID referralId, Instant now) {
        return Anonymisation.erase(em, "select person_id from triage_person where referral_id = ?1", STATEMENTS,
                referralId, now);
    }
}
