package nl.zvh.coveca.ui;

import java.util.List;
import java.util.Map;
import nl.zvh.platform.ui.form.Form;

/**
 * Which collapsible section of the case page is open: the one just saved, else the one a link asked for
 * ({@code ?open=}), else the one holding a refused form's first field, else the one the case's state asks for (its
 * closure when closing or closed, else the plan).
 */
final class Sections {
    /** The sections of the case page, by their element id. */
    static final List<String> ALL = List.of("persons", "partners", "plan", "meetings", "monitoring", "escalation",
            "zsm", "documents", "closure");
    /** The first part of a form field's name, to the section holding the form. */
    private static final Map<String, String> BY_FIELD = Map.ofEntries(Map.entry("person", "persons"),
            Map.entry("end-person", "persons"), Map.entry("partner", "partners"), Map.entry("goal", "plan"),
            Map.entry("agreement", "plan"), Map.entry("drop", "plan"), Map.entry("approve-plan", "plan"),
            Map.entry("rejectPlan", "plan"), Map.entry("rejectClosure", "closure"), Map.entry("reply", "plan"),
            Map.entry("document", "documents"), Map.entry("meeting", "meetings"), Map.entry("monitoring", "monitoring"),
            Map.entry("score-", "monitoring"), Map.entry("escalation", "escalation"), Map.entry("answer", "escalation"),
            Map.entry("zsm", "zsm"), Map.entry("closure", "closure"), Map.entry("reopen", "closure"),
            Map.entry("approve-closure", "closure"));

    private Sections() {
    }

    static String open(Form form, String saved, String asked, CasePage.Actions actions) {
        if (saved != null && ALL.contains(saved)) {
            return saved;
        }
        if (asked != null && ALL.contains(asked) && !form.hasErrors()) {
            return asked;
        }
        for (Form.FieldError error : form.errors()) {
            for (Map.Entry<String, String> e : BY_FIELD.entrySet()) {
                if (error.field().startsWith(e.getKey())) {
                    return e.getValue();
                }
            }
        }
        return actions.closed() || actions.closureRequested() ? "closure" : "plan";
    }
}
