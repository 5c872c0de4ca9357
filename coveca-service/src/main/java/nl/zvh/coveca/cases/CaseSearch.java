package nl.zvh.coveca.cases;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds cases within the caller's scope (in the query) by a person's BSN, date of birth or name, or by case number
 * (the case id, or its first eight characters as the case page shows it). Each hit's main person is audited as a
 * search, in one statement.
 */
@ApplicationScoped
public class CaseSearch {
    public static final String PURPOSE = "case-search";
    static final int MAX_HITS = 100;
    private static final Pattern BSN = Pattern.compile("\\d{9}");
    private static final Pattern CASE_NUMBER = Pattern
            .compile("[0-9a-f]{8}(-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})?");
    private static final Pattern DIGIT = Pattern.compile(".*\\d.*");

    @Inject
    CaseScope scope;

    @Inject
    CaseAudit audit;

    /**
     * The cases (at most {@value #MAX_HITS}, newest first) matching {@code query}; {@code date} is the query read as
     * a date, or null when it is none.
     */
    @Transactional
    public List<CovecaCase> find(String query, LocalDate date) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        StringBuilder where = new StringBuilder("select c from CovecaCase c where ").append(scope.where())
                .append(" and ");
        Parameters parameters = scope.parameters();
        if (BSN.matcher(q).matches()) {
            where.append(person("p.identity.bsn = :bsn"));
            parameters.and("bsn", q);
        } else if (date != null) {
            where.append(person("p.identity.dateOfBirth = :born"));
            parameters.and("born", date);
        } else if (CASE_NUMBER.matcher(q).matches() && DIGIT.matcher(q).matches()) {
            where.append("str(c.id) like :number");
            parameters.and("number", q + "%");
        } else {
            List<String> words = List.of(q.split("\\s+"));
            StringBuilder names = new StringBuilder();
            for (int i = 0; i < Math.min(words.size(), 4); i++) {
                names.append(i == 0 ? "" : " and ").append("(lower(p.identity.firstName) like :w").append(i)
                        .append(" or lower(p.identity.surnamePrefix) like :w").append(i)
                        .append(" or lower(p.identity.lastName) like :w").append(i).append(')');
                parameters.and("w" + i, "%" + escaped(words.get(i)) + "%");
            }
            where.append(person(names.toString()));
        }
        where.append(" order by c.startDate desc, c.openedAt desc");
        List<CovecaCase> hits = CovecaCase.<CovecaCase>find(where.toString(), parameters).page(0, MAX_HITS).list();
        audit.searched(hits, PURPOSE);
        return hits;
    }

    private static String person(String condition) {
        return "exists (select 1 from CasePerson p where p.caseFile = c and " + condition + ")";
    }

    private static String escaped(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
