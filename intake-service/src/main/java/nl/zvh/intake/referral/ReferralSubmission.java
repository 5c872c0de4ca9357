package nl.zvh.intake.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import nl.zvh.intake.matching.PossibleMatch;
import nl.zvh.intake.matching.SamePersonDetection;
import nl.zvh.platform.outbox.Outbox;

/**
 * The moment a referral is submitted (directly or from a draft): status SUBMITTED, same-person detection against the
 * house, and ReferralSubmitted v1 in the outbox, all in the caller's transaction.
 */
@ApplicationScoped
class ReferralSubmission {

    @Inject
    SamePersonDetection samePerson;

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    void submit(Referral referral) {
        referral.submit(Instant.now());
        Referral.flush(); // the persons must exist before possible matches refer to them
        List<PossibleMatch> matches = samePerson.detectAndStore(referral.house(), referral.id(),
                referral.persons().stream().map(ReferralPerson::identity).toList());
        outbox.publish(ReferralEvents.SUBMITTED_V1, referral.id(), referral.house(),
                ReferralEvents.submitted(referral, matches));
    }
}
