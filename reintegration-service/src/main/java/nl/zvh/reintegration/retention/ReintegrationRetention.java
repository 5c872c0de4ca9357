package nl.zvh.reintegration.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nl.zvh.platform.retention.ExpiringRecords;
import nl.zvh.reintegration.track.Tracks;

/** Tracks released longer ago than the term: anonymised and announced with {@code PersonDataErased}. */
@ApplicationScoped
public class ReintegrationRetention extends ExpiringRecords {
    static final String RECORD_TYPE = "reintegration-track";

    @Inject
    ReintegrationRetentionTerms terms;

    @Inject
    Tracks tracks;

    public ReintegrationRetention() {
        super(RECORD_TYPE);
    }

    @Override
    protected List<Expired> expired(Instant now) {
        return tracks.releasedBefore(now.atZone(ZoneOffset.UTC).minusYears(terms.trackYears()).toLocalDate());
    }
}
