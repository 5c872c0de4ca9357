package nl.zvh.lifecourse.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nl.zvh.lifecourse.candidates.CandidateErasure;
import nl.zvh.platform.retention.ExpiringRecords;

/** Candidates not included whose term expired: anonymised and announced with {@code PersonDataErased}. */
@ApplicationScoped
public class NotIncludedCandidates extends ExpiringRecords {
    static final String RECORD_TYPE = "lifecourse-candidate";

    @Inject
    CandidateErasure candidates;

    @Inject
    LifecourseRetentionTerms terms;

    public NotIncludedCandidates() {
        super(RECORD_TYPE);
    }

    @Override
    protected List<Expired> expired(Instant now) {
        return candidates
                .notIncludedBefore(now.atZone(ZoneOffset.UTC).minusYears(terms.notIncludedYears()).toInstant());
    }
}
