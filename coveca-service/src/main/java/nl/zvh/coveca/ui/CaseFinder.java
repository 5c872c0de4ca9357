package nl.zvh.coveca.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.zvh.coveca.cases.CaseSearch;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.platform.ui.form.Fields;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.shell.Shell;

/**
 * The worklist's search form: what was typed (with the Dutch message when it cannot be searched) and, when it can,
 * the hits as a tab of the worklist.
 */
@RequestScoped
public class CaseFinder {
    static final int MAX_QUERY = 100;

    /** The search form as typed, and the hits' tab (null when nothing was searched). */
    record Result(Form form, Tab tab) {
    }

    @Inject
    CaseSearch search;

    @Inject
    CurrentUser user;

    @Inject
    Shell shell;

    Result find(String q) {
        Fields fields = Fields.of(Form.ofSingle(q == null ? Map.of() : Map.of("q", q)), shell.locale());
        if (q == null) {
            return new Result(fields.form(), null);
        }
        UiMessages m = UiPages.messages(shell.locale());
        String text = fields.text("q", MAX_QUERY, true);
        if (text != null && text.length() < 2) {
            fields.reject("q", m.searchTooShort());
        }
        if (!fields.ok()) {
            return new Result(fields.form(), null);
        }
        LocalDate date = Fields.parseDate(text);
        List<Worklist.CaseItem> hits = Worklist.items(search.find(text, date), user.id(), shell.user().displayName());
        return new Result(fields.form(), new Tab("search", m.searchResults(), hits.size(), m.noSearchResults(), hits));
    }
}
