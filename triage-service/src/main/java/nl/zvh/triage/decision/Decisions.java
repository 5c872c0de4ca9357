package nl.zvh.triage.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.outbox.Outbox;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.platform.tracing.EventSpans;
import nl.zvh.triage.queue.Referrals;
import nl.zvh.triage.queue.TriageReferral;
import nl.zvh.triage.session.Agenda;
import nl.zvh.triage.session.AgendaItem;
import nl.zvh.triage.session.TriageConfig;

/**
 * The chair records the table's decision, at the table only: once the referral's session has started (its start
 * time, or the chair opened it). The decision and TriageDecided commit together.
 */
@ApplicationScoped
public class Decisions {
    static final String AUDIT_TYPE = "triage-decision";

    /** What the chair decides. */
    public record Request(Outcome outcome, Programme programme, Intensity intensity, SubApproach subApproach,
            String advice, String rationale, List<String> membersPresent) {
    }

    @Inject
    EventSpans spans;

    @Inject
    CurrentUser user;

    @Inject
    Referrals referrals;

    @Inject
    Outbox outbox;

    @Inject
    TriageConfig config;

    @Inject
    Clock clock;

    /** Who decided a referral of the house's history, as its decision says. */
    static final String IMPORTED_BY = "history-import";

    @Transactional
    public DecisionView decide(UUID referralId, Request request) {
        TriageReferral referral = referrals.ofHouse(referralId, user.requireHouse());
        Referrals.enforce(referral::decide);
        validate(request);
        AgendaItem item = AgendaItem.of(referralId)
                .orElseThrow(() -> ProblemException.conflict("The referral is not on a session's agenda"));
        if (!item.session.hasStarted(clock.instant(), config.zone())) {
            throw ProblemException.conflict(
                    "The table decides at the session: the session of " + item.session.sessionDate + " starts at "
                            + item.session.startTime + " or when the chair opens it. " + Agenda.NOT_OPENED_YET);
        }
        Decision d = new Decision();
        d.referralId = referralId;
        d.house = referral.house();
        d.sessionId = item.session.sessionId;
        d.sessionDate = item.session.sessionDate;
        d.sessionStartsAt = item.session.startsAt(config.zone());
        d.submittedAt = referral.submittedAt() != null ? referral.submittedAt() : referral.receivedAt();
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
        spans.continuing(referral.originTraceParent(), "triage decision",
                () -> outbox.publish(TriageDecided.V1, referralId, referral.house(), TriageDecided.of(d, referral)));
        referrals.auditPersons(AuditAction.UPDATE, AUDIT_TYPE, referral, "triage");
        return DecisionView.of(d);
    }

    /**
     * The decision of a referral of the house's history, as the previous system recorded it: no session, no event
     * (the programme's own history import brings its cases), decided at {@code decidedAt}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordImported(TriageReferral referral, Outcome outcome, Programme programme, Instant decidedAt) {
        Decision d = new Decision();
        d.referralId = referral.referralId();
        d.house = referral.house();
        d.sessionDate = decidedAt.atZone(config.zone()).toLocalDate();
        d.sessionStartsAt = decidedAt;
        d.submittedAt = referral.submittedAt();
        d.decidedAt = decidedAt;
        d.decidedBy = IMPORTED_BY;
        d.outcome = outcome;
        d.programme = programme;
        d.rationale = "";
        d.membersPresent = "";
        d.persist();
    }

    @Transactional
    public Optional<DecisionView> of(UUID referralId) {
        TriageReferral referral = referrals.ofHouse(referralId, user.requireHouse());
        return Decision.<Decision>findByIdOptional(referralId).map(d -> {
            referrals.auditPersons(AuditAction.READ, AUDIT_TYPE, referral, "triage");
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
}
