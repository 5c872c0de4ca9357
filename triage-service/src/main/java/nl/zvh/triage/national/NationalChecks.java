package nl.zvh.triage.national;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.audit.AuditLog;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.triage.queue.Referrals;
import nl.zvh.triage.queue.TriagePerson;
import nl.zvh.triage.queue.TriageReferral;
import nl.zvh.triage.session.AgendaItem;

/**
 * The chair asks whether the persons of a referral on the table's agenda are known at other houses. The question goes
 * to the national index (keyed hashes only); the answer keeps per person the houses, since when and how matched. The
 * asking house's log records the question per person; each answering house's log records which of its persons was
 * asked about and by whom ({@link AuditLog#recordInHouse}).
 */
@ApplicationScoped
public class NationalChecks {
    public static final String PURPOSE = "national-familiarity-check";
    static final String CHECK_RECORD = "national-check";
    static final String INDEX_RECORD = "national-person-key";

    @Inject
    EntityManager em;

    @Inject
    Referrals referrals;

    @Inject
    NationalIndex index;

    @Inject
    PersonKeys keys;

    @Inject
    NationalConfig config;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Asks the national index about every person of the referral; 409 when the referral is on no agenda. */
    @Transactional
    public NationalCheckView ask(UUID referralId) {
        String house = user.requireHouse();
        TriageReferral referral = referrals.ofHouse(referralId, house);
        boolean onAgenda = AgendaItem.of(referralId).map(item -> house.equals(item.session.house)).orElse(false);
        if (!onAgenda) {
            throw ProblemException.conflict(
                    "a national familiarity check is asked only for a referral on the " + "agenda of a triage session");
        }
        UUID checkId = UUID.randomUUID();
        Instant now = clock.instant();
        em.createNativeQuery("""
                insert into national_check (check_id, house, referral_id, asked_at, asked_by)
                values (?1, ?2, ?3, ?4, ?5)""").setParameter(1, checkId).setParameter(2, house)
                .setParameter(3, referralId).setParameter(4, now).setParameter(5, user.id()).executeUpdate();
        List<AuditLog.Touched> asked = new ArrayList<>();
        for (TriagePerson person : referral.persons()) {
            asked.add(new AuditLog.Touched(checkId.toString(), person.personId().toString()));
            Map<String, NationalIndex.Known> perHouse = new LinkedHashMap<>();
            for (NationalIndex.Known known : index.elsewhere(house, keys.of(person.identity()))) {
                audit.recordInHouse(known.house(), AuditAction.READ, INDEX_RECORD, known.referralId().toString(),
                        known.personId().toString(), PURPOSE);
                perHouse.merge(known.house(), known, NationalChecks::earlierOrSurer);
            }
            for (NationalIndex.Known known : perHouse.values()) {
                em.createNativeQuery("""
                        insert into national_check_hit (check_id, person_id, known_at_house, known_since, matched_on)
                        values (?1, ?2, ?3, ?4, ?5)""").setParameter(1, checkId).setParameter(2, person.personId())
                        .setParameter(3, known.house()).setParameter(4, known.since())
                        .setParameter(5, known.matchedOn().name()).executeUpdate();
            }
        }
        audit.recordAll(AuditAction.CREATE, CHECK_RECORD, asked, PURPOSE);
        return views(referral).get(0);
    }

    /** The referral's checks, newest first, for the chair of its house (each read audited per person). */
    @Transactional
    public List<NationalCheckView> ofReferral(UUID referralId) {
        TriageReferral referral = referrals.ofHouse(referralId, user.requireHouse());
        List<NationalCheckView> views = views(referral);
        if (!views.isEmpty()) {
            referrals.auditPersons(AuditAction.READ, CHECK_RECORD, referral, PURPOSE);
        }
        return views;
    }

    /** Per house the earliest date; a BSN match is surer than one on name and birth date. */
    private static NationalIndex.Known earlierOrSurer(NationalIndex.Known a, NationalIndex.Known b) {
        NationalIndex.MatchedOn on = a.matchedOn() == NationalIndex.MatchedOn.BSN
                || b.matchedOn() == NationalIndex.MatchedOn.BSN
                        ? NationalIndex.MatchedOn.BSN
                        : NationalIndex.MatchedOn.NAME_AND_DATE_OF_BIRTH;
        NationalIndex.Known first = a.since().isAfter(b.since()) ? b : a;
        return new NationalIndex.Known(first.house(), first.since(), on, first.referralId(), first.personId());
    }

    @SuppressWarnings("unchecked")
    private List<NationalCheckView> views(TriageReferral referral) {
        List<Object[]> checks = em.createNativeQuery("""
                select check_id, asked_at from national_check where referral_id = ?1 and house = ?2
                order by asked_at desc""").setParameter(1, referral.referralId()).setParameter(2, referral.house())
                .getResultList();
        if (checks.isEmpty()) {
            return List.of();
        }
        List<Object[]> hits = em.createNativeQuery("""
                select h.check_id, h.person_id, h.known_at_house, h.known_since, h.matched_on
                from national_check_hit h join national_check c on c.check_id = h.check_id
                where c.referral_id = ?1 order by h.known_since, h.known_at_house""")
                .setParameter(1, referral.referralId()).getResultList();
        Map<UUID, List<Object[]>> hitsOfCheck = hits.stream().collect(Collectors.groupingBy(h -> (UUID) h[0]));
        List<NationalCheckView> views = new ArrayList<>();
        for (Object[] check : checks) {
            UUID checkId = (UUID) check[0];
            List<Object[]> ofCheck = hitsOfCheck.getOrDefault(checkId, List.of());
            List<NationalCheckView.PersonAnswer> persons = referral.persons().stream()
                    .sorted(Comparator.comparing(p -> p.isMain() ? 0 : 1))
                    .map(p -> new NationalCheckView.PersonAnswer(p.personId(), p.fullName(),
                            ofCheck.stream().filter(h -> p.personId().equals(h[1])).map(this::knownAt).toList()))
                    .toList();
            views.add(new NationalCheckView(checkId, referral.referralId(), NationalIndex.instant(check[1]), persons));
        }
        return views;
    }

    private NationalCheckView.KnownAt knownAt(Object[] hit) {
        String house = (String) hit[2];
        NationalConfig.House named = config.houses().get(house);
        return new NationalCheckView.KnownAt(house, named == null ? house : named.name(), NationalIndex.date(hit[3]),
                NationalIndex.MatchedOn.valueOf((String) hit[4]), named == null ? null : named.contact().orElse(null));
    }

}
