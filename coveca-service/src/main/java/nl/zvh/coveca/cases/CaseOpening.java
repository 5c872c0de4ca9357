package nl.zvh.coveca.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.outbox.Outbox;

/**
 * Opens a case (from triage, from re-integration or by hand) and publishes CoveCaCaseOpened in the same
 * transaction. A second opening for the same referral or track in the house is ignored: one case per source.
 */
@ApplicationScoped
public class CaseOpening {

    @Inject
    Outbox outbox;

    @Inject
    CaseAudit audit;

    /** @return the new case, or empty when the source already opened one */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<CovecaCase> open(OpenCase command) {
        if (command.sourceReferralId() != null && CovecaCase.count("house = ?1 and sourceReferralId = ?2",
                command.house(), command.sourceReferralId()) > 0) {
            return Optional.empty();
        }
        if (command.sourceTrackId() != null && CovecaCase.count("house = ?1 and sourceTrackId = ?2", command.house(),
                command.sourceTrackId()) > 0) {
            return Optional.empty();
        }
        CovecaCase c = CovecaCase.open(command, Instant.now());
        c.persist();
        outbox.publish(CaseEvents.OPENED_V1, c.id(), c.house(), CaseEvents.CoveCaCaseOpenedV1.of(c));
        return Optional.of(c);
    }

    /**
     * Opens a case on another service's event (no user): audited with user {@code system:<consumer>}.
     *
     * @return the new case, or empty when the source already opened one
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<CovecaCase> openOnEvent(OpenCase command, String consumer) {
        Optional<CovecaCase> opened = open(command);
        opened.ifPresent(c -> audit.bySystem(AuditAction.CREATE, c, consumer, "case-opening"));
        return opened;
    }

    /** True when a case was opened from this referral, in any house and status (also closed or erased). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean openedFromReferral(UUID referralId) {
        return CovecaCase.count("sourceReferralId", referralId) > 0;
    }
}
