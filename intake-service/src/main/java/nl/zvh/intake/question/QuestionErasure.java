package nl.zvh.intake.question;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.retention.ExpiringRecords.Expired;
import nl.zvh.platform.retention.PersonDataErased;
import nl.zvh.platform.retention.RecordErasure;

/**
 * Anonymises an expired question in place: the named person, the asker's name, the question and the answer are
 * removed; house, municipality, kind, channel, asker organisation, dates, minutes and the referral link stay, so the
 * year's figures do not change. {@code erased_at} is set: the question answers 404 and leaves every list. Typed to
 * itself only, so that the service's one {@link RecordErasure} bean stays the referrals' (it is used through
 * {@code retention.QuestionRetention}).
 */
@ApplicationScoped
@Typed(QuestionErasure.class)
public class QuestionErasure implements RecordErasure {

    @Inject
    EntityManager em;

    /**
     * Questions last handled (became a referral, else answered, else asked) before {@code handledBefore}. They carry no
     * referral in the erasure event: the referral a question became lives on its own term, and other services must
     * not erase it because its question expired.
     */
    @SuppressWarnings("unchecked")
    public List<Expired> expired(Instant handledBefore) {
        return Expired.of(em.createNativeQuery("""
                select id, house from question where erased_at is null
                    and coalesce(became_referral_at, answered_at, asked_at) < ?1""").setParameter(1, handledBefore)
                .getResultList());
    }

    @Override
    public List<UUID> erase(UUID questionId, Instant at) {
        UUID person = (UUID) em.createNativeQuery("select person_id from question where id = ?1")
                .setParameter(1, questionId).getSingleResult();
        em.createNativeQuery("""
                update question set person_first_name = null, person_last_name = null, person_date_of_birth = null,
                    asker_name = '', entered_by_name = null, answered_by_name = null, text = '',
                    answer = case when answer is null then null else '' end, erased_at = ?2, version = version + 1
                where id = ?1""").setParameter(1, questionId).setParameter(2, at).executeUpdate();
        em.flush();
        em.clear();
        return person == null ? List.of() : List.of(person);
    }

    /** Another service's erasure touches no question (a question is no copy of anything). */
    @Override
    public List<UUID> touchedBy(String house, PersonDataErased erased) {
        return List.of();
    }
}
