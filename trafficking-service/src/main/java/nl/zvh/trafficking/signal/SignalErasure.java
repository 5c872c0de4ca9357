package nl.zvh.trafficking.signal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.retention.Anonymisation;
import nl.zvh.platform.retention.PersonDataErased;
import nl.zvh.platform.retention.RecordErasure;

/**
 * Anonymises one signal and its approach in place: names, BSN, notes, source and reporter, perspectives,
 * description, advice and its rationale, CoMensha's reference, approach texts and agreements' texts go; the date of
 * birth becomes the date giving the same age on receipt; dates, municipality, exploitation types, residence status,
 * minor, nationality, outcome, shelter placements and national registration stay (figures). Marked
 * {@code erased_at}, never shown again.
 */
@ApplicationScoped
public class SignalErasure implements RecordErasure {
    private static final String[] STATEMENTS = {"""
            update signal_person set first_name = null, surname_prefix = null, last_name = null, bsn = null,
                notes = null, date_of_birth = (select s.received_on - make_interval(years => cast(date_part('year',
                    age(s.received_on, signal_person.date_of_birth)) as int)) from signal s where s.id = ?1)
            where signal_id = ?1""", """
            update agreement set description = '', drop_reason = null
            where approach_id in (select id from approach where signal_id = ?1)""", """
            update shelter_request set refusal_reason = null
            where approach_id in (select id from approach where signal_id = ?1)""", """
            update approach set closure_notes = null, safety_measures = null, legal_aid = null, medical_care = null,
                residence_procedure = null, erased_at = ?2, version = version + 1
            where signal_id = ?1""", """
            update signal set source_name = null, reporter_user_id = null, external_reference = null,
                victim_perspective = null, perpetrator_perspective = null, description = null, advice = null,
                outcome_rationale = null, national_report_reference = null,
                erased_at = ?2, version = version + 1
            where id = ?1"""};

    @Inject
    EntityManager em;

    /** @return the ids of the signal's persons (platform person ids for signals from triage) */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> erase(UUID signalId, Instant now) {
        return Anonymisation.erase(em, "select id from signal_person where signal_id = ?1", STATEMENTS, signalId, now);
    }

    /** The house's signals from an erased referral that may be erased now: not erased, no running approach. */
    @Override
    @SuppressWarnings("unchecked")
    public List<UUID> touchedBy(String house, PersonDataErased erased) {
        if (erased.referralIds().isEmpty()) {
            return List.of();
        }
        return em.createNativeQuery("""
                select s.id from signal s left join approach a on a.signal_id = s.id
                where s.source_referral_id in (?1) and s.house = ?2 and s.erased_at is null
                  and (a.id is null or a.status = 'CLOSED')""").setParameter(1, erased.referralIds())
                .setParameter(2, house).getResultList();
    }
}
