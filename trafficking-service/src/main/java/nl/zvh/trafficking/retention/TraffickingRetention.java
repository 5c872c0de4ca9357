package nl.zvh.trafficking.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import nl.zvh.platform.retention.ExpiringRecords;
import nl.zvh.trafficking.signal.Signals;

/**
 * Signals whose term expired (advice: years after the outcome; coordinated approach: years after its closure):
 * anonymised and announced with {@code PersonDataErased}. Undecided signals and running approaches never expire.
 */
@ApplicationScoped
public class TraffickingRetention extends ExpiringRecords {
    static final String RECORD_TYPE = "trafficking-signal";

    @Inject
    TraffickingRetentionTerms terms;

    @Inject
    Signals signals;

    public TraffickingRetention() {
        super(RECORD_TYPE);
    }

    @Override
    protected List<Expired> expired(Instant now) {
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        return signals.expired(today.minusYears(terms.adviceYears()), today.minusYears(terms.approachYears()));
    }
}
