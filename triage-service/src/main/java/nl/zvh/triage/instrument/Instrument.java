package nl.zvh.triage.instrument;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.triage.queue.Referrals;
import nl.zvh.triage.queue.TriageReferral;

/** The house's instrument and the scoring of referrals with it. */
@ApplicationScoped
public class Instrument {
    static final String DEFAULT_HOUSE = "*";
    static final String AUDIT_TYPE = "assessment";

    /** A scoring as recorded and shown. */
    public record AssessmentView(UUID referralId, Map<String, Integer> scores, boolean childrenInHousehold,
            NationalCriteria criteria, Recommendation recommendation, String assessedBy) {
    }

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Referrals referrals;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @SuppressWarnings("unchecked")
    @Transactional
    public List<InstrumentItem> items(String house) {
        List<Object[]> rows = em.createNativeQuery("""
                select code, kind, label, weight from instrument_item
                where house = coalesce((select max(house) from instrument_item where house = ?1), '*')
                order by position""").setParameter(1, house).getResultList();
        return rows.stream().map(r -> new InstrumentItem((String) r[0], InstrumentItem.ItemKind.valueOf((String) r[1]),
                (String) r[2], ((Number) r[3]).intValue())).toList();
    }

    @Transactional
    public List<InstrumentItem> replaceItems(String house, List<InstrumentItem> items) {
        em.createNativeQuery("delete from instrument_item where house = ?1").setParameter(1, house).executeUpdate();
        int position = 0;
        for (InstrumentItem item : items) {
            em.createNativeQuery("insert into instrument_item values (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, house)
                    .setParameter(2, item.code()).setParameter(3, item.kind().name()).setParameter(4, item.label())
                    .setParameter(5, item.weight()).setParameter(6, ++position).executeUpdate();
        }
        return items(house);
    }

    @Transactional
    public AssessmentView assess(UUID referralId, Map<String, Integer> scores, boolean children,
            NationalCriteria criteria) {
        TriageReferral referral = referrals.ofHouse(referralId, user.requireHouse());
        Referrals.enforce(referral::requireScorable);
        List<InstrumentItem> items = items(referral.house());
        for (var entry : scores.entrySet()) {
            if (items.stream().noneMatch(i -> i.code().equals(entry.getKey()))) {
                throw ProblemException.invalid("scores", "unknown item of this house's instrument: " + entry.getKey());
            }
            if (entry.getValue() == null || entry.getValue() < 0 || entry.getValue() > 3) {
                throw ProblemException.invalid("scores", entry.getKey() + " must be scored 0 to 3");
            }
        }
        Recommendation r = Recommendation.of(items, scores, children, criteria);
        Assessment a = Assessment.<Assessment>findByIdOptional(referralId).orElseGet(() -> {
            Assessment fresh = new Assessment();
            fresh.referralId = referralId;
            return fresh;
        });
        a.scores = write(new TreeMap<>(scores));
        a.dangerScore = r.dangerScore();
        a.contributingScore = r.contributingScore();
        a.childrenInHousehold = children;
        a.multipleLifeDomains = criteria.multipleLifeDomains();
        a.severalChainsWithCoercion = criteria.severalChainsWithCoercion();
        a.impactOnFamilyOrEnvironment = criteria.impactOnFamilyOrEnvironment();
        a.seriousLocalSafetyProblems = criteria.seriousLocalSafetyProblems();
        a.recommendation = r.outcome();
        a.recommendedIntensity = r.intensity();
        a.assessedAt = clock.instant();
        a.assessedBy = user.name();
        a.persist();
        referrals.auditPersons(AuditAction.UPDATE, AUDIT_TYPE, referral, "triage");
        return view(a, r);
    }

    @Transactional
    public Optional<AssessmentView> assessment(UUID referralId) {
        TriageReferral referral = referrals.ofHouse(referralId, user.requireHouse());
        return Assessment.<Assessment>findByIdOptional(referralId).map(a -> {
            referrals.auditPersons(AuditAction.READ, AUDIT_TYPE, referral, "triage");
            Map<String, Integer> scores = read(a.scores);
            NationalCriteria c = new NationalCriteria(a.multipleLifeDomains, a.severalChainsWithCoercion,
                    a.impactOnFamilyOrEnvironment, a.seriousLocalSafetyProblems);
            return view(a, Recommendation.of(items(referral.house()), scores, a.childrenInHousehold, c));
        });
    }

    private AssessmentView view(Assessment a, Recommendation r) {
        return new AssessmentView(a.referralId, read(a.scores), a.childrenInHousehold,
                new NationalCriteria(a.multipleLifeDomains, a.severalChainsWithCoercion, a.impactOnFamilyOrEnvironment,
                        a.seriousLocalSafetyProblems),
                new Recommendation(a.recommendation, r.programme(), a.recommendedIntensity, a.dangerScore,
                        a.contributingScore, r.complexCase()),
                a.assessedBy);
    }

    private String write(Map<String, Integer> scores) {
        try {
            return json.writeValueAsString(scores);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Integer> read(String scores) {
        try {
            return json.readValue(scores, new TypeReference<TreeMap<String, Integer>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
