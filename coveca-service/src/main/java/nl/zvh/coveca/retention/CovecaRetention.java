package nl.zvh.coveca.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nl.zvh.coveca.cases.CaseErasure;
import nl.zvh.platform.retention.ExpiringRecords;

/** Closed cases whose term expired: anonymised and announced with {@code PersonDataErased}. */
@ApplicationScoped
public class CovecaRetention extends ExpiringRecords {
    static final String RECORD_TYPE = "coveca-case";

    @Inject
    CovecaRetentionTerms terms;

    @Inject
    CaseErasure erasure;

    public CovecaRetention() {
        super(RECORD_TYPE);
    }

    @Override
    protected List<Expired> expired(Instant now) {
        return Expired.of(erasure.closedBefore(now.atZone(ZoneOffset.UTC).minusYears(terms.caseYears()).toInstant()));
    }
}
