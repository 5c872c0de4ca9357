package nl.zvh.coveca.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.zvh.coveca.cases.CaseAudit;
import nl.zvh.coveca.cases.CaseSource;
import nl.zvh.coveca.cases.CovecaCase;
import nl.zvh.coveca.cases.OpenCase;
import nl.zvh.coveca.cases.PersonData;
import nl.zvh.coveca.cases.PersonRole;
import nl.zvh.coveca.cases.SubApproach;
import nl.zvh.coveca.config.CovecaConfig;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.csv.CsvFile;
import nl.zvh.platform.history.HistoryFiles;
import nl.zvh.platform.history.HistoryImport;
import nl.zvh.platform.history.HistoryReport;
import nl.zvh.platform.person.PersonIdentity;
import nl.zvh.platform.security.CurrentUser;

/**
 * Imports a house's earlier CoVeCa cases from its previous system's CSV ({@link CaseHistoryCsv}): each becomes a case
 * of source IMPORTED through {@link CovecaCase#imported}, opened at its start date and, when the previous system
 * closed it, closed at its end date with its reason (both at noon, Dutch time), without process director, partners or
 * plan. A dry run reports every rejected row; an import stores all rows or none (a rejected row: 400 naming each).
 * Idempotent by the previous system's registration number, unique per house ({@code case_import}). Every imported
 * person is audited (CREATE, purpose {@code history-import}). No CoveCaCaseOpened/Closed is published: those events
 * make other services act now (linking a re-integration track, follow-ups of a closure), which must not happen for
 * cases of years ago; the figures read the cases themselves.
 */
@ApplicationScoped
public class CaseHistory {
    public static final String KIND = "cases";
    public static final String PURPOSE = HistoryFiles.PURPOSE;

    @Inject
    CurrentUser user;

    @Inject
    CovecaConfig config;

    @Inject
    CaseAudit audit;

    @Inject
    EntityManager em;

    @Transactional
    public HistoryReport run(String csv, boolean dryRun) {
        String house = user.requireHouse();
        CsvFile file = CsvFile.parse(csv == null ? "" : csv);
        HistoryImport.requireReadable(CaseHistoryCsv.fileErrors(file));
        List<HistoryImport.Row<CaseHistoryCsv.ImportedCase>> rows = CaseHistoryCsv.rows(file,
                LocalDate.now(HistoryFiles.NL), municipalities(house));
        Instant now = Instant.now();
        return HistoryImport.run(KIND, rows, dryRun, CaseHistoryCsv.ImportedCase::registrationNumber,
                refs -> alreadyImported(house, refs), fresh -> fresh.forEach(r -> store(house, r, now)));
    }

    /** The municipalities CoVeCa's reference data knows for the house; empty when it knows none. */
    private List<String> municipalities(String house) {
        return Optional.ofNullable(config.houses().get(house)).flatMap(CovecaConfig.House::municipalities)
                .orElse(List.of());
    }

    private void store(String house, CaseHistoryCsv.ImportedCase r, Instant now) {
        PersonIdentity person = new PersonIdentity(null, r.firstName(), r.surnamePrefix(), r.lastName(),
                r.dateOfBirth(), r.bsn());
        OpenCase command = new OpenCase(house, r.municipality(), r.intensity(), SubApproach.REGULAR,
                CaseSource.IMPORTED, null, null, r.started(), null,
                List.of(new PersonData(person, PersonRole.MAIN, null, null)), List.of());
        CovecaCase c = CovecaCase.imported(command, HistoryFiles.noon(r.started()), r.reason(),
                HistoryFiles.noon(r.ended()), HistoryFiles.origin(r.registrationNumber()), user.id());
        c.persist();
        em.flush();
        em.createNativeQuery("insert into case_import (house, registration_number, case_id, imported_at, imported_by)"
                + " values (?1, ?2, ?3, ?4, ?5)").setParameter(1, house).setParameter(2, r.registrationNumber())
                .setParameter(3, c.id()).setParameter(4, now).setParameter(5, user.id()).executeUpdate();
        audit.persons(AuditAction.CREATE, c, PURPOSE);
    }

    @SuppressWarnings("unchecked")
    private Set<String> alreadyImported(String house, List<String> refs) {
        if (refs.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em
                .createNativeQuery(
                        "select registration_number from case_import where house = ?1 and registration_number in (?2)")
                .setParameter(1, house).setParameter(2, refs).getResultList());
    }

}
