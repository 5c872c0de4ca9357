package nl.zvh.reintegration.track;

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
 * Anonymises one track in place: names, BSN, DJI person number, coordinator, condition notes and their history,
 * after-release contacts and signals, the closing note, BIJ measures, ISD
 * notes, article 18b texts and escalation texts go; the date of birth becomes the date giving the same age at
 * detention (or at the track's start); house, municipality, detention and release dates, conditions' statuses and
 * categories stay (figures). Marked {@code erased_at}, the track is never shown again.
 */
@ApplicationScoped
public class TrackErasure implements RecordErasure {
    private static final String[] STATEMENTS = {"update track_condition set notes = null where track_id = ?1",
            "update track_condition_change set notes = null, changed_by = '' where track_id = ?1",
            "update aftercare_entry set summary = '', partner = null, recorded_by = '' where track_id = ?1",
            "update bij_item set measures = null where track_id = ?1",
            "update isd_phase set notes = null where order_id in (select id from isd_order where track_id = ?1)",
            "update article18b_exchange set question = '', answer = null where track_id = ?1",
            "update escalation set reason = '', risk_summary = '' where track_id = ?1",
            """
                    update track set first_name = null, surname_prefix = null, last_name = null, bsn = null,
                        dji_person_number = null, coordinator = null, consent_recorded_by = null,
                        close_note = null, erased_at = ?2, version = version + 1,
                        date_of_birth = coalesce(detention_date, cast(created_at as date)) - make_interval(years =>
                            cast(date_part('year', age(coalesce(detention_date, cast(created_at as date)), date_of_birth)) as int))
                    where id = ?1"""};

    @Inject
    EntityManager em;

    /** @return the platform person id of the track's person */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> erase(UUID trackId, Instant now) {
        return Anonymisation.erase(em, "select person_id from track where id = ?1", STATEMENTS, trackId, now);
    }

    /**
     * The house's released, not yet erased tracks opened from an erased referral (an open track is the service's own
     * to keep).
     */
    @Override
    public List<UUID> touchedBy(String house, PersonDataErased erased) {
        if (erased.referralIds().isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                select t.id from Track t where t.sourceReferralId in ?1 and t.house = ?2
                  and t.erasedAt is null and t.actualReleaseDate is not null""", UUID.class)
                .setParameter(1, erased.referralIds()).setParameter(2, house).getResultList();
    }
}
