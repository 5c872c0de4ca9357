package nl.zvh.lifecourse.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nl.zvh.lifecourse.cter.CterPersonErasure;
import nl.zvh.platform.retention.ExpiringRecords;
import nl.zvh.platform.retention.RecordErasure;

/**
 * CTER persons weighed "no action" whose term since the last weighing expired: anonymised (figures kept) and
 * announced with {@code PersonDataErased}, record type {@value #RECORD_TYPE}.
 */
@ApplicationScoped
public class CterPersonsWithoutAction extends ExpiringRecords {
    static final String RECORD_TYPE = "cter-person";

    @Inject
    CterPersonErasure cter;

    @Inject
    LifecourseRetentionTerms terms;

    public CterPersonsWithoutAction() {
        super(RECORD_TYPE);
    }

    @Override
    protected RecordErasure erasure() {
        return cter;
    }

    @Override
    protected List<Expired> expired(Instant now) {
        return cter.withoutActionBefore(now.atZone(ZoneOffset.UTC).minusYears(terms.cterNoActionYears()).toInstant());
    }
}
