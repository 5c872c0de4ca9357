package nl.zvh.triage.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.retention.RetentionJob;
import nl.zvh.triage.tables.TableKind;

/**
 * Items of the house's other tables whose term ({@link TriageRetentionTerms}, per table kind) expired: anonymised by
 * {@link TableItemErasure}, still counted in the tables' figures. No {@code PersonDataErased}: an item carries no
 * referral or platform person id and no other service holds a copy, so there is nothing for another service to erase.
 */
@ApplicationScoped
public class TableRetention implements RetentionJob {
    @Inject
    TableItemErasure items;

    @Inject
    TriageRetentionTerms terms;

    @Override
    public int eraseExpired(Instant now) {
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        int erased = 0;
        for (TableKind kind : TableKind.values()) {
            List<UUID> expired = items.expired(kind.name(), today.minusYears(years(kind)));
            for (UUID item : expired) {
                items.erase(item, now);
            }
            erased += expired.size();
        }
        return erased;
    }

    int years(TableKind kind) {
        return switch (kind) {
            case I28 -> terms.tableI28Years();
            case AWARE -> terms.tableAwareYears();
            case YOUTH_AFTERCARE -> terms.tableYouthAftercareYears();
            case PROLIFIC_OFFENDERS -> terms.tableProlificOffendersYears();
            case LPCO -> terms.tableLpcoYears();
        };
    }
}
