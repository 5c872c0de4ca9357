package nl.zvh.intake.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.retention.ExpiringRecords.Expired;
import nl.zvh.platform.retention.PersonDataErased;
import nl.zvh.platform.retention.RecordErasure;

/**
 * Anonymises one referral in place: names, BSN, address, free text, attachments, inbox messages and possible
 * matches go; the date of birth is replaced by the date that gives the same age on submission (age band,
 * nothing more) and municipality, dates, outcome, programme, problem
 * areas, gender and referrer organisation stay, so the annual figures do not change. Marked {@code erased_at}, the
 * referral is never shown again (404).
 */
@ApplicationScoped
public class ReferralErasure implements RecordErasure {
    @Inject
    EntityManager em;

    /** @return the platform person ids of the referral's persons */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<UUID> erase(UUID referralId, Instant now) {
        List<UUID> persons = em
                .createNativeQuery("select id from referral_person where referral_id = ?1 order by position")
                .setParameter(1, referralId).getResultList();
        em.createNativeQuery("""
                update referral_person set first_name = null, surname_prefix = null, last_name = null,
                    bsn = null, address = null,
                    date_of_birth = (select cast(coalesce(r.submitted_at, r.created_at) as date) - make_interval(
                        years => cast(date_part('year', age(cast(coalesce(r.submitted_at, r.created_at) as date),
                            referral_person.date_of_birth)) as int)) from referral r where r.id = ?1)
                where referral_id = ?1""").setParameter(1, referralId).executeUpdate();
        em.createNativeQuery("""
                update referral set question = case when question is null then null else '' end,
                    tried_already = null, not_informed_reason = null, advice = null, withdrawn_reason = null,
                    referrer_name = null, referrer_display_name = null, erased_at = ?2, version = version + 1
                where id = ?1""").setParameter(1, referralId).setParameter(2, now).executeUpdate();
        em.createNativeQuery("delete from referral_attachment where referral_id = ?1").setParameter(1, referralId)
                .executeUpdate();
        em.createNativeQuery("delete from notification where referral_id = ?1").setParameter(1, referralId)
                .executeUpdate();
        em.createNativeQuery("delete from possible_match where referral_id = ?1 or matched_referral_id = ?1")
                .setParameter(1, referralId).executeUpdate();
        em.flush();
        em.clear();
        return persons;
    }

    /** Those of {@code referralIds} that are referrals of {@code house} and not erased yet. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<UUID> notErased(String house, Collection<UUID> referralIds) {
        if (referralIds.isEmpty()) {
            return List.of();
        }
        return em.createNativeQuery("select id from referral where id in (?1) and house = ?2 and erased_at is null")
                .setParameter(1, referralIds).setParameter(2, house).getResultList();
    }

    /** The erased record's referrals that are ours, in its house, and not erased yet. */
    @Override
    public List<UUID> touchedBy(String house, PersonDataErased erased) {
        return notErased(house, erased.referralIds());
    }

    /**
     * Referrals whose term expired: decided with advice or no action before {@code decidedBefore}, withdrawn before
     * {@code withdrawnBefore}, or drafts created before {@code draftBefore}, in every house.
     */
    @SuppressWarnings("unchecked")
    public List<Expired> expired(Instant decidedBefore, Instant withdrawnBefore, Instant draftBefore) {
        return Expired.of(em.createNativeQuery("""
                select id, house, id as referral_id from referral where erased_at is null and (
                    (status in ('DECIDED', 'CLOSED') and outcome in ('ADVICE', 'NO_ACTION') and decided_at < ?1)
                    or (status = 'WITHDRAWN' and withdrawn_at < ?2)
                    or (status = 'DRAFT' and created_at < ?3))""").setParameter(1, decidedBefore)
                .setParameter(2, withdrawnBefore).setParameter(3, draftBefore).getResultList());
    }
}
