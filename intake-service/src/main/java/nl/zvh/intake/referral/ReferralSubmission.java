package nl.zvh.intake.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import nl.zvh.intake.matching.PossibleMatch;
import nl.zvh.intake.matching.SamePersonDetection;
import nl.zvh.intake.person.PersonMatcher.Identity;
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
        referral.status = ReferralStatus.SUBMITTED;
        referral.submittedAt = Instant.now();
        Referral.flush(); // the persons must exist before possible matches refer to them
        List<SamePersonDetection.Subject> subjects = referral.persons.stream()
                .map(p -> new SamePersonDetection.Subject(p.id, new Identity(p.firstName, p.surnamePrefix,
                        p.lastName, p.dateOfBirth, p.bsn)))
                .toList();
        List<PossibleMatch> matches = samePerson.detectAndStore(referral.house, referral.id, subjects);
        outbox.publish(ReferralEvents.TOPIC, referral.id.toString(), ReferralEvents.SUBMITTED, 1, referral.house,
                ReferralEvents.submitted(referral, matches));
    }
}
