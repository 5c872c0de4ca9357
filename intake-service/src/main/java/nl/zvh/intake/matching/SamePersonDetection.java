package nl.zvh.intake.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.zvh.intake.person.PersonMatcher;
import nl.zvh.platform.person.PersonIdentity;

/**
 * On submit, compares each person of the referral with the persons of the house's other submitted referrals
 * (candidates share the BSN or the date of birth) and stores the possible matches, by platform person id. Nothing is
 * merged.
 */
@ApplicationScoped
public class SamePersonDetection {
    /** At most this many matches per person, best first. */
    static final int MAX_PER_PERSON = 10;

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public List<PossibleMatch> detectAndStore(String house, UUID referralId, List<PersonIdentity> persons) {
        List<PossibleMatch> all = new ArrayList<>();
        for (PersonIdentity person : persons) {
            List<PossibleMatch> found = new ArrayList<>();
            for (Candidate c : candidates(house, referralId, person)) {
                PersonMatcher.match(person, c.identity()).ifPresent(m -> found.add(new PossibleMatch(person.personId(),
                        c.identity().personId(), c.referralId(), m.score(), m.reason().name())));
            }
            found.stream().sorted(Comparator.comparingDouble(PossibleMatch::score).reversed()).limit(MAX_PER_PERSON)
                    .forEach(all::add);
        }
        Instant now = Instant.now();
        for (PossibleMatch m : all) {
            em.createNativeQuery("""
                    insert into possible_match (id, referral_id, person_id, matched_person_id,
                        matched_referral_id, score, reason, created_at)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) on conflict do nothing""")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, referralId).setParameter(3, m.personId())
                    .setParameter(4, m.matchedPersonId()).setParameter(5, m.matchedReferralId())
                    .setParameter(6, java.math.BigDecimal.valueOf(m.score())).setParameter(7, m.reason())
                    .setParameter(8, now).executeUpdate();
        }
        return all;
    }

    private record Candidate(UUID referralId, PersonIdentity identity) {
    }

    @SuppressWarnings("unchecked")
    private List<Candidate> candidates(String house, UUID referralId, PersonIdentity subject) {
        if (subject.dateOfBirth() == null && subject.bsn() == null) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("""
                select p.id, p.referral_id, p.first_name, p.surname_prefix, p.last_name, p.date_of_birth, p.bsn
                from referral_person p join referral r on r.id = p.referral_id
                where r.house = ?1 and r.id <> ?2 and r.status <> 'DRAFT' and r.erased_at is null
                  and (p.bsn = ?3 or p.date_of_birth = ?4)""").setParameter(1, house).setParameter(2, referralId)
                .setParameter(3, Objects.requireNonNullElse(subject.bsn(), "-"))
                .setParameter(4, subject.dateOfBirth() == null ? LocalDate.of(1, 1, 1) : subject.dateOfBirth())
                .getResultList();
        return rows.stream().map(r -> new Candidate((UUID) r[1], new PersonIdentity((UUID) r[0], (String) r[2],
                (String) r[3], (String) r[4], toLocalDate(r[5]), (String) r[6]))).toList();
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
