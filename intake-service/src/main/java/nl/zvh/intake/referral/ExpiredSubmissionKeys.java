package nl.zvh.intake.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import nl.zvh.platform.retention.RetentionJob;
import org.jboss.logging.Logger;

/**
 * Forgets submission idempotency keys after their 24 hours, in the nightly retention round. They hold no personal
 * data, so nothing is announced and nothing counts as erased.
 */
@ApplicationScoped
class ExpiredSubmissionKeys implements RetentionJob {
    private static final Logger LOG = Logger.getLogger(ExpiredSubmissionKeys.class);

    @Inject
    SubmissionKeys keys;

    @Override
    public int eraseExpired(Instant now) {
        int deleted = keys.deleteExpired(now);
        LOG.debugf("retention: %d expired submission keys deleted", deleted);
        return 0;
    }
}
