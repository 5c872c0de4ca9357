package nl.zvh.triage.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.audit.AuditLog;
import nl.zvh.platform.outbox.Outbox;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.triage.queue.QueueStatus;
import nl.zvh.triage.queue.TriagePerson;
import nl.zvh.triage.queue.TriageReferral;
import nl.zvh.triage.session.AgendaItem;
import nl.zvh.triage.session.TriageConfig;

/** The chair records the table's decision; the decision and TriageDecided commit together. */
@ApplicationScoped
public class Decisions {

    /** What the chair decides. */
    public record Request(Outcome outcome, Programme programme, Intensity intensity, SubApproach subApproach,
                          String advice, String rationale, List<String> membersPresent) {
    }

    @Inject
    CurrentUser user;
    @Inject
    AuditLog audit;
    @Inject
    Outbox outbox;
    @Inject
    TriageConfig config;
    @Inject
    Clock clock;

    @Transactional
    public DecisionView decide(UUID referralId, Request request) {
        TriageReferral referral = referral(referralId);
        if (referral.status != QueueStatus.WAITING) {
            throw ProblemException.conflict("The referral is " + referral.status + "; it cannot be decided again");
        }
        validate(request);
        AgendaItem item = AgendaItem.of(referralId).orElseThrow(() ->
                ProblemException.conflict("The referral is not on a session's agenda"));
        Decision d = new Decision();
        d.referralId = referralId;
        d.house = referral.house;
        d.sessionId = item.session.sessionId;
        d.sessionDate = item.session.sessionDate;
        d.sessionStartsAt = item.session.startsAt(config.zone());
        d.decidedAt = clock.instant();
        d.decidedBy = user.name();
        d.outcome = request.outcome();
        d.programme = request.programme();
        d.intensity = request.intensity();
        d.subApproach = request.subApproach();
        d.advice = request.advice();
        d.rationale = request.rationale();
        d.membersPresent = String.join(",", request.membersPresent());
        d.persist();
        referral.status = QueueStatus.DECIDED;
        outbox.publish(DecisionEvents.TOPIC, referralId.toString(), DecisionEvents.DECIDED, 1, referral.house,
                DecisionEvents.decided(d, referral));
        auditPersons(AuditAction.UPDATE, referral);
        return DecisionView.of(d);
    }

    @Transactional
    public Optional<DecisionView> of(UUID referralId) {
        TriageReferral referral = referral(referralId);
        return Decision.<Decision>findByIdOptional(referralId).map(d -> {
            auditPersons(AuditAction.READ, referral);
            return DecisionView.of(d);
        });
    }

    static void validate(Request r) {
        switch (r.outcome()) {
            case APPROACH_STARTED -> {
                if (r.programme() == null) {
                    throw ProblemException.invalid("programme", "is required when an approach starts");
                }
                boolean coveca = r.programme() == Programme.COVECA;
                if (coveca && r.intensity() == null) {
                    throw ProblemException.invalid("intensity", "is required for a CoVeCa approach");
                }
                if (coveca && r.subApproach() == null) {
                    throw ProblemException.invalid("subApproach", "is required for a CoVeCa approach");
                }
                if (!coveca && (r.intensity() != null || r.subApproach() != null)) {
                    throw ProblemException.invalid(r.intensity() != null ? "intensity" : "subApproach",
                            "applies to CoVeCa approaches only");
                }
                if (r.advice() != null && !r.advice().isBlank()) {
                    throw ProblemException.invalid("advice", "belongs to the ADVICE outcome");
                }
            }
            case ADVICE -> {
                if (r.advice() == null || r.advice().isBlank()) {
                    throw ProblemException.invalid("advice", "is required for advice to the referrer");
                }
                noProgramme(r);
            }
            case NO_ACTION -> {
                noProgramme(r);
                if (r.advice() != null && !r.advice().isBlank()) {
                    throw ProblemException.invalid("advice", "belongs to the ADVICE outcome");
                }
            }
        }
    }

    private static void noProgramme(Request r) {
        if (r.programme() != null || r.intensity() != null || r.subApproach() != null) {
            throw ProblemException.invalid("programme", "only an approach has a programme, intensity and sub-approach");
        }
    }

    private TriageReferral referral(UUID referralId) {
        return TriageReferral.<TriageReferral>find("referralId = ?1 and house = ?2 and erasedAt is null", referralId, user.requireHouse())
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("referral " + referralId));
    }

    private void auditPersons(AuditAction action, TriageReferral referral) {
        for (TriagePerson p : referral.persons) {
            audit.record(action, "triage-decision", referral.referralId.toString(), p.personId.toString(), "triage");
        }
    }
}
