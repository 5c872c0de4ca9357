package nl.zvh.lifecourse.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import nl.zvh.lifecourse.candidates.Candidate;
import nl.zvh.lifecourse.candidates.Candidates;
import nl.zvh.lifecourse.candidates.LifecourseAudit;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.csv.CsvFile;
import nl.zvh.platform.history.HistoryFiles;
import nl.zvh.platform.history.HistoryImport;
import nl.zvh.platform.history.HistoryLedger;
import nl.zvh.platform.history.HistoryReport;
import nl.zvh.platform.security.CurrentUser;

/**
 * Imports a house's earlier life-course clients from its previous system's CSV ({@link ClientHistoryCsv}): each row
 * becomes a client of source {@link Candidates#IMPORTED} through {@link Candidate#imported}, put forward and included
 * at its start date and, when the previous system closed it, closed at its end date with its reason (both at noon,
 * Dutch time); the closure note says where it came from. No inclusion session, decision or case manager: an open
 * imported client waits on the house's list for the coordinator to assign one, and counts against the capacity as
 * every open client does. A dry run reports every rejected row; an import stores all rows or none (a rejected row: 400
 * naming each). Idempotent by the previous system's registration number per house (the platform's
 * {@link HistoryLedger}). Every imported person is audited (CREATE, purpose {@code history-import}). No
 * LifecourseClientIncluded is published: it tells other services a person entered the approach now, which must not
 * happen for periods of years ago; the figures read the clients themselves.
 */
@ApplicationScoped
public class ClientHistory {
    public static final String KIND = "clients";

    @Inject
    CurrentUser user;

    @Inject
    HistoryLedger ledger;

    @Inject
    LifecourseAudit audit;

    @Transactional
    public HistoryReport run(String csv, boolean dryRun) {
        String house = user.requireHouse();
        CsvFile file = CsvFile.parse(csv == null ? "" : csv);
        HistoryImport.requireReadable(ClientHistoryCsv.fileErrors(file));
        List<HistoryImport.Row<ClientHistoryCsv.ImportedClient>> rows = ClientHistoryCsv.rows(file,
                LocalDate.now(HistoryFiles.NL));
        return HistoryImport.run(KIND, rows, dryRun, ClientHistoryCsv.ImportedClient::registrationNumber,
                refs -> ledger.alreadyImported(house, KIND, refs), fresh -> fresh.forEach(r -> store(house, r)));
    }

    private void store(String house, ClientHistoryCsv.ImportedClient r) {
        Candidate c = Candidate.imported(
                new Candidate.Proposal(house, r.municipality(), null, r.firstName(), r.lastName(), r.dateOfBirth(),
                        Candidates.IMPORTED, null),
                HistoryFiles.noon(r.started()), HistoryFiles.noon(r.ended()), r.reason(),
                HistoryFiles.origin(r.registrationNumber()));
        c.persist();
        ledger.record(house, KIND, r.registrationNumber(), c.id(), user.id());
        audit.candidate(AuditAction.CREATE, c, HistoryFiles.PURPOSE);
    }
}
