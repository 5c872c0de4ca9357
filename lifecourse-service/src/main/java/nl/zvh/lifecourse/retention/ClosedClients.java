package nl.zvh.lifecourse.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nl.zvh.lifecourse.candidates.CandidateErasure;
import nl.zvh.platform.retention.ExpiringRecords;

/**
 * Closed life-course clients whose term since closure expired: anonymised as a candidate is (the file's texts and
 * safety notes go, dates and closure reason stay for the cohort figures) and announced with {@code PersonDataErased}.
 */
@ApplicationScoped
public class ClosedClients extends ExpiringRecords {
    @Inject
    CandidateErasure candidates;

    @Inject
    LifecourseRetentionTerms terms;

    public ClosedClients() {
        super(NotIncludedCandidates.RECORD_TYPE);
    }

    @Override
    protected List<Expired> expired(Instant now) {
        return candidates.closedBefore(now.atZone(ZoneOffset.UTC).minusYears(terms.closedClientYears()).toInstant());
    }
}
