package nl.zvh.intake.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.audit.AuditLog;
import nl.zvh.platform.outbox.Outbox;

/**
 * Referrals of a house's previous system (history import): stored with their original dates and outcome, with
 * ReferralImported v1 in the outbox and a CREATE audit entry per person, in the caller's transaction. The previous
 * system's registration number is unique per house, so a file imported twice adds nothing the second time.
 */
@ApplicationScoped
public class ReferralImports {
    static final String PURPOSE = "history-import";
    /** The user a referral of the previous system names as filing it (the organisation is the real referrer's). */
    static final String IMPORT_USER = "history-import";

    /** One referral as the previous system knew it. */
    public record Imported(String importRef, NewReferral content, String referrerOrganisation, String referrerDomain,
            Instant submittedAt, Decision decision, Instant withdrawnAt) {
    }

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    /** Of {@code importRefs}, those the house imported before. */
    public Set<String> alreadyImported(String house, Collection<String> importRefs) {
        if (importRefs.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(Referral.<Referral>find("house = ?1 and importRef in ?2", house, importRefs).stream()
                .map(Referral::importRef).toList());
    }

    /** Stores the referrals, their events and audit entries. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> store(String house, List<Imported> referrals) {
        List<AuditLog.Touched> touched = new java.util.ArrayList<>();
        List<UUID> ids = new java.util.ArrayList<>();
        for (Imported in : referrals) {
            Referral referral = Referral.imported(UUID.randomUUID(), house,
                    new Referrer(IMPORT_USER, null, null, in.referrerOrganisation(), in.referrerDomain()),
                    in.content().toDraft(), in.importRef(), in.submittedAt(), in.decision(), in.withdrawnAt());
            referral.persist();
            outbox.publish(ReferralEvents.IMPORTED_V1, referral.id(), house, ReferralEvents.imported(referral));
            referral.persons()
                    .forEach(p -> touched.add(new AuditLog.Touched(referral.id().toString(), p.id().toString())));
            ids.add(referral.id());
        }
        audit.recordAll(AuditAction.CREATE, Referrals.AUDIT_TYPE, touched, PURPOSE);
        return ids;
    }
}
