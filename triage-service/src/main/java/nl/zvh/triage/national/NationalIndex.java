package nl.zvh.triage.national;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.person.PersonIdentity;
import nl.zvh.triage.queue.TriagePerson;
import nl.zvh.triage.queue.TriageReferral;
import nl.zvh.triage.session.TriageConfig;
import org.jboss.logging.Logger;

/**
 * The national index: for every person on a house's triage table the keyed hashes of the identifiers, the house and
 * the date the house has known the person since, nothing else (no BSN, no name, no content). Written when a referral
 * reaches the table; referrals received before the index existed are indexed at start. Erasing a referral removes
 * its rows ({@link nl.zvh.triage.queue.TriageReferralErasure}).
 */
@ApplicationScoped
public class NationalIndex {
    private static final Logger LOG = Logger.getLogger(NationalIndex.class);

    /** A person known at another house: that house, since when, how the identifiers matched, its record for audit. */
    public record Known(String house, LocalDate since, MatchedOn matchedOn, UUID referralId, UUID personId) {
    }

    /** Which keyed hash matched. */
    public enum MatchedOn {
        BSN, NAME_AND_DATE_OF_BIRTH
    }

    @Inject
    EntityManager em;

    @Inject
    PersonKeys keys;

    @Inject
    TriageConfig triage;

    /** Indexes the persons of a referral that just reached the table (in the caller's transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void register(TriageReferral referral) {
        LocalDate since = referral.submittedAt().atZone(triage.zone()).toLocalDate();
        for (TriagePerson person : referral.persons()) {
            insert(person.personId(), referral.referralId(), referral.house(), person.identity(), since);
        }
    }

    /** The other houses' index rows matching these keys: on the BSN, or on name and birth date when a BSN is missing. */
    @SuppressWarnings("unchecked")
    public List<Known> elsewhere(String ownHouse, PersonKeys.Keys of) {
        if (of.bsn() == null && of.name() == null) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("""
                select house, known_since, case when bsn_key = cast(?2 as text) then 'BSN'
                    else 'NAME_AND_DATE_OF_BIRTH' end, referral_id, person_id
                from national_person_key
                where house <> ?1 and (bsn_key = cast(?2 as text)
                    or (name_key = cast(?3 as text) and (bsn_key is null or cast(?2 as text) is null)))
                order by known_since, house""").setParameter(1, ownHouse).setParameter(2, of.bsn())
                .setParameter(3, of.name()).getResultList();
        return rows.stream().map(r -> new Known((String) r[0], NationalIndex.date(r[1]),
                MatchedOn.valueOf((String) r[2]), (UUID) r[3], (UUID) r[4])).toList();
    }

    /** Indexes the persons of referrals received before the index existed (idempotent; several instances may run it). */
    void backfill(@Observes StartupEvent start) {
        int indexed = QuarkusTransaction.requiringNew().call(this::indexMissing);
        if (indexed > 0) {
            LOG.infof("national index: %d persons of earlier referrals indexed", indexed);
        }
    }

    @SuppressWarnings("unchecked")
    int indexMissing() {
        List<Object[]> rows = em.createNativeQuery("""
                select p.person_id, p.referral_id, r.house, p.first_name, p.surname_prefix, p.last_name,
                    p.date_of_birth, p.bsn, r.submitted_at
                from triage_person p join triage_referral r on r.referral_id = p.referral_id
                left join national_person_key k on k.person_id = p.person_id
                where k.person_id is null and r.erased_at is null""").getResultList();
        for (Object[] r : rows) {
            PersonIdentity identity = new PersonIdentity((UUID) r[0], (String) r[3], (String) r[4], (String) r[5],
                    NationalIndex.date(r[6]), (String) r[7]);
            Instant submitted = instant(r[8]);
            insert((UUID) r[0], (UUID) r[1], (String) r[2], identity, submitted.atZone(triage.zone()).toLocalDate());
        }
        return rows.size();
    }

    /** A timestamptz column as Hibernate gives it. */
    static Instant instant(Object value) {
        return value instanceof Instant i
                ? i
                : value instanceof java.time.OffsetDateTime o
                        ? o.toInstant()
                        : ((java.sql.Timestamp) value).toInstant();
    }

    /** A date column as Hibernate gives it (LocalDate, or java.sql.Date from older drivers). */
    static LocalDate date(Object value) {
        return value == null ? null : value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }

    private void insert(UUID personId, UUID referralId, String house, PersonIdentity identity, LocalDate since) {
        PersonKeys.Keys of = keys.of(identity);
        em.createNativeQuery("""
                insert into national_person_key (person_id, referral_id, house, bsn_key, name_key, known_since)
                values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (person_id) do nothing""").setParameter(1, personId)
                .setParameter(2, referralId).setParameter(3, house).setParameter(4, of.bsn()).setParameter(5, of.name())
                .setParameter(6, since).executeUpdate();
    }
}
