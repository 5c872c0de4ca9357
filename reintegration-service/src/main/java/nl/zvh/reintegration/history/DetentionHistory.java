package nl.zvh.reintegration.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.audit.AuditLog;
import nl.zvh.platform.csv.CsvFile;
import nl.zvh.platform.history.HistoryFiles;
import nl.zvh.platform.history.HistoryImport;
import nl.zvh.platform.history.HistoryLedger;
import nl.zvh.platform.history.HistoryReport;
import nl.zvh.platform.person.PersonIdentity;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.reintegration.track.CloseReason;
import nl.zvh.reintegration.track.Track;
import nl.zvh.reintegration.track.TrackScope;
import nl.zvh.reintegration.track.Tracks;

/**
 * Imports a house's earlier DJI detentions and releases from its previous system's CSV ({@link DetentionHistoryCsv}):
 * each becomes a track of source IMPORTED with the detention's own dates, the same columns a DJI DETENTION_STARTED
 * fills (the figures count detentions by {@code detention_date} and releases by {@code actual_release_date}). A
 * released one is released at its date (not ready: no basic condition was checked then) and closed on that date
 * (reason OTHER, noting its origin), so it counts in the figures of its own year but is nobody's work today; a
 * detention still running stays open as a running DJI detention would, and a later live DJI notification for the
 * same detention id finds it. The tracks are written directly, not through {@code DjiNotifications}: no notification
 * row is stored or replayed, and no event is published (DJI notifications publish none either). A dry run reports
 * every rejected row; an import stores all rows or none. Idempotent by registration number per house
 * ({@link HistoryLedger}). Every imported person is audited (CREATE, purpose {@code history-import}).
 */
@ApplicationScoped
public class DetentionHistory {
    public static final String KIND = "detentions";

    @Inject
    CurrentUser user;

    @Inject
    Tracks tracks;

    @Inject
    HistoryLedger ledger;

    @Inject
    AuditLog audit;

    @Transactional
    public HistoryReport run(String csv, boolean dryRun) {
        String house = user.requireHouse();
        CsvFile file = CsvFile.parse(csv == null ? "" : csv);
        HistoryImport.requireReadable(DetentionHistoryCsv.fileErrors(file));
        List<String> refs = DetentionHistoryCsv.registrationNumbers(file);
        Set<String> inUse = new HashSet<>(tracks.detentionIdsInUse(refs));
        inUse.removeAll(ledger.alreadyImported(house, KIND, refs)); // imported before: skipped, not rejected
        LocalDate today = LocalDate.now(HistoryFiles.NL);
        List<HistoryImport.Row<DetentionHistoryCsv.ImportedDetention>> rows = DetentionHistoryCsv.rows(file, today,
                tracks.municipalitiesOf(house), inUse);
        return HistoryImport.run(KIND, rows, dryRun, DetentionHistoryCsv.ImportedDetention::registrationNumber,
                before -> ledger.alreadyImported(house, KIND, before),
                fresh -> fresh.forEach(r -> store(house, r, today)));
    }

    private void store(String house, DetentionHistoryCsv.ImportedDetention r, LocalDate today) {
        PersonIdentity person = new PersonIdentity(UUID.randomUUID(), r.firstName(), r.surnamePrefix(), r.lastName(),
                r.dateOfBirth(), r.bsn());
        Track track = Track.imported(house, r.municipality(), r.registrationNumber(), person, r.djiPersonNumber(),
                r.institution(), r.detained(), r.expectedRelease());
        if (r.released() != null) {
            track.release(r.released());
            track.close(CloseReason.OTHER, HistoryFiles.origin(r.registrationNumber()), r.released(), today);
        }
        track.persist();
        ledger.record(house, KIND, r.registrationNumber(), track.id(), user.id());
        audit.record(AuditAction.CREATE, TrackScope.AUDIT_TYPE, track.id().toString(), track.personId().toString(),
                HistoryFiles.PURPOSE);
    }
}
