package nl.zvh.triage.match;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.audit.AuditLog;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;
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

    /** A match as the table sees it. */
    public record MatchView(UUID matchId, UUID personId, String personName, UUID matchedPersonId,
            UUID matchedReferralId, BigDecimal score, String reason, MatchStatus status, String decidedBy) {
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
            match.status = MatchStatus.PENDING;
            match.persist();
        }
    }

    @Transactional
    public List<MatchView> ofReferral(UUID referralId) {
        TriageReferral referral = referrals.ofHouse(referralId, user.requireHouse());
        List<PossibleMatch> matches = PossibleMatch.<PossibleMatch>find("referral = ?1 order by score desc", referral)
                .list();
        matches.forEach(m -> audit.record(AuditAction.READ, "possible-match", m.matchId.toString(),
                m.personId.toString(), "triage"));
        return matches.stream().map(this::view).toList();
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
        return new MatchView(m.matchId, m.personId, name, m.matchedPersonId, m.matchedReferralId, m.score, m.reason,
                m.status, m.decidedBy);
    }
}
