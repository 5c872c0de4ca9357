package nl.zvh.triage.match;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.audit.AuditLog;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.triage.queue.QueueStatus;
import nl.zvh.triage.queue.Referrals;
import nl.zvh.triage.queue.TriagePerson;
import nl.zvh.triage.queue.TriageReferral;

/** Stores intake's possible matches and lets the chair confirm or reject them; scoped to the caller's house. */
@ApplicationScoped
public class PossibleMatches {

    /** possibleMatches entry of ReferralSubmitted v1 (optional field, added by intake). */
    public record Flagged(UUID personId, UUID matchedPersonId, UUID matchedReferralId, BigDecimal score,
            String reason) {
    }

    /**
     * A match as the table sees it, with its evidence: the fields in which the persons agree and the earlier referral
     * (null when triage does not hold it in the caller's house, e.g. erased).
     */
    public record MatchView(UUID matchId, UUID personId, String personName, UUID matchedPersonId,
            UUID matchedReferralId, BigDecimal score, String reason, MatchStatus status, String decidedBy,
            List<MatchField> matchedFields, Earlier earlier) {
    }

    /** The earlier referral a person matched: when it came in, from where and where it stands. */
    public record Earlier(UUID referralId, Instant submittedAt, String municipality, QueueStatus status) {
    }

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Referrals referrals;

    /** In the consumer's transaction: keeps the flags that name a person of this referral. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(TriageReferral referral, List<Flagged> flagged) {
        if (flagged == null) {
            return;
        }
        for (Flagged f : flagged) {
            boolean ownPerson = f.personId() != null && referral.person(f.personId()).isPresent();
            if (!ownPerson || f.matchedPersonId() == null || f.score() == null || f.reason() == null) {
                continue; // read leniently: a flag that names no person of this referral is ignored
            }
            PossibleMatch match = new PossibleMatch();
            match.matchId = UUID.randomUUID();
            match.referral = referral;
            match.personId = f.personId();
            match.matchedPersonId = f.matchedPersonId();
            match.matchedReferralId = f.matchedReferralId();
            match.score = f.score();
            match.reason = f.reason();
            Optional<TriageReferral> earlier = earlier(referral.house(), f.matchedReferralId());
            match.matchedFields = MatchEvidence.codes(MatchEvidence.of(referral.person(f.personId()).get().identity(),
                    earlier.flatMap(e -> e.person(f.matchedPersonId())).map(TriagePerson::identity), f.reason()));
            match.status = MatchStatus.PENDING;
            match.persist();
        }
    }

    /** The matches of a referral; the persons of both sides are audited, one row each, in one statement. */
    @Transactional
    public List<MatchView> ofReferral(UUID referralId) {
        return read(referralId, true);
    }

    /**
     * The matches as the referral's file shows them, where the file has audited the referral's own persons already:
     * only the earlier persons are audited here (one row each, in one statement).
     */
    @Transactional
    public List<MatchView> forFile(UUID referralId) {
        return read(referralId, false);
    }

    private List<MatchView> read(UUID referralId, boolean ownPersons) {
        TriageReferral referral = referrals.ofHouse(referralId, user.requireHouse());
        List<PossibleMatch> matches = PossibleMatch.<PossibleMatch>find("referral = ?1 order by score desc", referral)
                .list();
        List<MatchView> views = matches.stream().map(this::view).toList();
        Set<AuditLog.Touched> touched = new LinkedHashSet<>();
        for (MatchView m : views) {
            if (ownPersons) {
                touched.add(new AuditLog.Touched(m.matchId().toString(), m.personId().toString()));
            }
            if (m.earlier() != null) {
                touched.add(new AuditLog.Touched(m.matchId().toString(), m.matchedPersonId().toString()));
            }
        }
        if (!touched.isEmpty()) {
            audit.recordAll(AuditAction.READ, "possible-match", List.copyOf(touched), "triage");
        }
        return views;
    }

    @Transactional
    public MatchView decide(UUID matchId, MatchStatus verdict) {
        PossibleMatch match = PossibleMatch
                .<PossibleMatch>find("matchId = ?1 and referral.house = ?2", matchId, user.requireHouse())
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("possible match " + matchId));
        match.status = verdict;
        match.decidedAt = clock.instant();
        match.decidedBy = user.name();
        audit.record(AuditAction.UPDATE, "possible-match", match.matchId.toString(), match.personId.toString(),
                "triage");
        return view(match);
    }

    private MatchView view(PossibleMatch m) {
        String name = m.referral.person(m.personId).map(TriagePerson::fullName).orElse(null);
        Earlier earlier = earlier(m.referral.house(), m.matchedReferralId)
                .map(e -> new Earlier(e.referralId(), e.submittedAt(), e.municipality(), e.status())).orElse(null);
        return new MatchView(m.matchId, m.personId, name, m.matchedPersonId, m.matchedReferralId, m.score, m.reason,
                m.status, m.decidedBy, MatchEvidence.parse(m.matchedFields), earlier);
    }

    /** The earlier referral when triage holds it in this house and it is not erased. */
    private Optional<TriageReferral> earlier(String house, UUID referralId) {
        return referralId == null
                ? Optional.empty()
                : referrals.find(referralId).filter(e -> house.equals(e.house()) && !e.isErased());
    }
}
