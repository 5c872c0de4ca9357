package nl.zvh.trafficking.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.csv.CsvFile;
import nl.zvh.platform.history.HistoryFiles;
import nl.zvh.platform.history.HistoryImport;
import nl.zvh.platform.history.HistoryLedger;
import nl.zvh.platform.history.HistoryReport;
import nl.zvh.platform.person.PersonIdentity;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.trafficking.reference.Municipalities;
import nl.zvh.trafficking.signal.Channel;
import nl.zvh.trafficking.signal.Outcome;
import nl.zvh.trafficking.signal.PersonRole;
import nl.zvh.trafficking.signal.ResidenceStatus;
import nl.zvh.trafficking.signal.Signal;
import nl.zvh.trafficking.signal.SignalPerson;
import nl.zvh.trafficking.signal.Signals;

/**
 * Imports a house's earlier trafficking signals from its previous system's CSV ({@link SignalHistoryCsv}): each becomes
 * a signal of channel IMPORTED, received on its own date, with its source organisation, forms of exploitation (the
 * first the primary one), municipality and presumed victim, and, when the previous system had one, its outcome on its
 * own date (advice or coordinated approach; the advice text and the description say where the signal came from). The
 * residence status is UNKNOWN; minority follows from the date of birth at the date received. A dry run reports every
 * rejected row; an import stores all rows or none; idempotent by registration number per house ({@link HistoryLedger},
 * kind {@value #KIND}). Every imported person is audited (CREATE, purpose {@code history-import}). No approach is
 * started and nothing is published (no TraffickingApproachStarted: other services would act now on a signal of years
 * ago); no reminder or deadline exists on a signal; the figures read the signal's own dates. Imported signals are not
 * visible to partner systems (their scope is channel PARTNER_API).
 */
@ApplicationScoped
public class SignalHistory {
    public static final String KIND = "signals";

    @Inject
    CurrentUser user;

    @Inject
    Municipalities municipalities;

    @Inject
    HistoryLedger ledger;

    @Inject
    Signals signals;

    @Transactional
    public HistoryReport run(String csv, boolean dryRun) {
        String house = user.requireHouse();
        CsvFile file = CsvFile.parse(csv == null ? "" : csv);
        HistoryImport.requireReadable(SignalHistoryCsv.fileErrors(file));
        List<HistoryImport.Row<SignalHistoryCsv.ImportedSignal>> rows = SignalHistoryCsv.rows(file,
                LocalDate.now(HistoryFiles.NL), municipalities.of(house));
        return HistoryImport.run(KIND, rows, dryRun, SignalHistoryCsv.ImportedSignal::registrationNumber,
                refs -> ledger.alreadyImported(house, KIND, refs), fresh -> fresh.forEach(r -> store(house, r)));
    }

    private void store(String house, SignalHistoryCsv.ImportedSignal r) {
        Signal signal = new Signal();
        signal.id = UUID.randomUUID();
        signal.house = house;
        signal.receivedOn = r.received();
        signal.channel = Channel.IMPORTED;
        signal.sourceType = r.sourceType();
        signal.sourceName = r.sourceName();
        signal.reporterOrganisation = user.requireOrganisation();
        signal.reporterUserId = user.id();
        signal.municipality = r.municipality();
        signal.exploitationTypes = EnumSet.copyOf(r.forms());
        signal.primaryExploitationType = r.forms().get(0);
        signal.residenceStatus = ResidenceStatus.UNKNOWN;
        signal.description = HistoryFiles.origin(r.registrationNumber());
        signal.createdAt = HistoryFiles.noon(r.received());
        signal.add(new SignalPerson(PersonRole.PRESUMED_VICTIM,
                new PersonIdentity(null, r.firstName(), r.surnamePrefix(), r.lastName(), r.dateOfBirth(), r.bsn()),
                null, null, null));
        signal.minor = Signal.minorAt(r.received(), r.dateOfBirth(), null);
        if (r.outcome() != null) {
            signal.decide(r.outcome(), HistoryFiles.origin(r.registrationNumber()), r.decided());
        }
        if (r.outcome() == Outcome.COORDINATED_APPROACH) {
            signal.outcomeRationale = HistoryFiles.origin(r.registrationNumber());
        }
        signal.persist();
        ledger.record(house, KIND, r.registrationNumber(), signal.id, user.id());
        signals.auditPersons(AuditAction.CREATE, signal, HistoryFiles.PURPOSE);
    }
}
