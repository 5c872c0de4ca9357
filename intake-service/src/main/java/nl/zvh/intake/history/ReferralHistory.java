package nl.zvh.intake.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.zvh.intake.referral.ReferralImports;
import nl.zvh.intake.referral.ReferralRules;
import nl.zvh.platform.csv.CsvFile;
import nl.zvh.platform.history.HistoryCells;
import nl.zvh.platform.history.HistoryFiles;
import nl.zvh.platform.history.HistoryImport;
import nl.zvh.platform.history.HistoryReport;
import nl.zvh.platform.problem.Problem.FieldError;
import nl.zvh.platform.security.CurrentUser;

/**
 * Imports a house's earlier referrals from its previous system's CSV. Every row is checked with the same rules as a
 * referral filed today (municipality and problem areas of this house, BSN eleven-test, ...) plus the history's own
 * (original dates not in the future, decision not before submission, an outcome and, for an approach, a programme).
 * A dry run reports every rejected row; an import stores all rows or none (a rejected row: 400 naming each).
 */
@ApplicationScoped
public class ReferralHistory {
    public static final String KIND = "referrals";

    @Inject
    CurrentUser user;

    @Inject
    ReferralRules rules;

    @Inject
    ReferralImports imports;

    @Transactional
    public HistoryReport run(String csv, boolean dryRun) {
        String house = user.requireHouse();
        CsvFile file = CsvFile.parse(csv);
        HistoryImport.requireReadable(ReferralHistoryCsv.fileErrors(file));
        List<HistoryImport.Row<ReferralImports.Imported>> rows = new ArrayList<>();
        for (ReferralHistoryCsv.Row row : ReferralHistoryCsv.rows(file, LocalDate.now(HistoryFiles.NL))) {
            List<FieldError> errors = new ArrayList<>(row.errors());
            if (row.referral() != null) {
                for (FieldError e : rules.checkSubmission(house, row.referral().content())) {
                    errors.add(new FieldError(HistoryCells.field(row.number(),
                            ReferralHistoryCsv.COLUMN_OF.getOrDefault(e.field(), e.field())), e.message()));
                }
            }
            rows.add(new HistoryImport.Row<>(row.number(), row.referral(), errors));
        }
        return HistoryImport.run(KIND, rows, dryRun, ReferralImports.Imported::importRef,
                refs -> imports.alreadyImported(house, refs), fresh -> imports.store(house, fresh));
    }
}
