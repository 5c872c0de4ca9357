package nl.zvh.intake.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.zvh.intake.referral.ReferralImports;
import nl.zvh.intake.referral.ReferralRules;
import nl.zvh.platform.csv.CsvFile;
import nl.zvh.platform.problem.Problem;
import nl.zvh.platform.problem.Problem.FieldError;
import nl.zvh.platform.problem.ProblemException;
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
        List<FieldError> fileErrors = ReferralHistoryCsv.fileErrors(file);
        if (!fileErrors.isEmpty()) {
            throw new ProblemException(Problem.validation(fileErrors));
        }
        List<ReferralHistoryCsv.Row> rows = ReferralHistoryCsv.rows(file, LocalDate.now(ReferralHistoryCsv.NL));
        List<FieldError> rejected = new ArrayList<>();
        List<ReferralImports.Imported> valid = new ArrayList<>();
        for (ReferralHistoryCsv.Row row : rows) {
            rejected.addAll(row.errors());
            if (row.referral() != null) {
                for (FieldError e : rules.checkSubmission(house, row.referral().content())) {
                    rejected.add(new FieldError("rows[" + row.number() + "]."
                            + ReferralHistoryCsv.COLUMN_OF.getOrDefault(e.field(), e.field()), e.message()));
                }
                valid.add(row.referral());
            }
        }
        Set<String> before = imports.alreadyImported(house,
                valid.stream().map(ReferralImports.Imported::importRef).toList());
        List<ReferralImports.Imported> fresh = valid.stream().filter(r -> !before.contains(r.importRef())).toList();
        if (dryRun) {
            return new HistoryReport(KIND, true, rows.size(), rejected.isEmpty() ? fresh.size() : 0, before.size(),
                    rejected);
        }
        if (!rejected.isEmpty()) {
            throw new ProblemException(Problem.validation(rejected));
        }
        imports.store(house, fresh);
        return new HistoryReport(KIND, false, rows.size(), fresh.size(), before.size(), List.of());
    }
}
