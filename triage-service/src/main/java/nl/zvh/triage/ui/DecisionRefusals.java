package nl.zvh.triage.ui;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.zvh.triage.session.Agenda;

/**
 * The decision rules' refusals ({@code Decisions}, English problem details for API clients) as the chair reads them
 * on the page, next to the field they name. The rules themselves stay in {@code Decisions}; this only translates.
 */
public final class DecisionRefusals {

    /** The decision form's fields: a refusal naming one of these is shown next to it. */
    public static final Set<String> FIELDS = Set.of("outcome", "programme", "intensity", "subApproach", "advice",
            "rationale", "membersPresent");

    private static final Map<String, Function<TableMessages, String>> RULES = Map.of(
            "programme:is required when an approach starts", TableMessages::programmeRequired,
            "intensity:is required for a CoVeCa approach", TableMessages::intensityRequired,
            "subApproach:is required for a CoVeCa approach", TableMessages::subApproachRequired,
            "intensity:applies to CoVeCa approaches only", TableMessages::intensityCovecaOnly,
            "subApproach:applies to CoVeCa approaches only", TableMessages::subApproachCovecaOnly,
            "advice:belongs to the ADVICE outcome", TableMessages::adviceOnlyForAdvice,
            "advice:is required for advice to the referrer", TableMessages::adviceRequired,
            "programme:only an approach has a programme, intensity and sub-approach",
            TableMessages::programmeOnlyForApproach);

    private DecisionRefusals() {
    }

    /** Whether a refusal of the rules has its own Dutch text (tests keep the rules and this list in step). */
    public static boolean knows(String field, String message) {
        return RULES.containsKey(field + ":" + message);
    }

    /** The text for a field the rules refused; a refusal without its own text says the choice does not fit. */
    static String fieldMessage(String field, String message, TableMessages text) {
        return RULES.getOrDefault(field + ":" + message, TableMessages::decisionFieldInvalid).apply(text);
    }

    /** The text for a refusal of the whole decision (409 of the rules), by what the rules said. */
    static String conflictMessage(String detail, TableMessages text) {
        String d = detail == null ? "" : detail;
        if (d.startsWith("The referral is DECIDED")) {
            return text.alreadyDecided();
        }
        if (d.startsWith("The referral is WITHDRAWN")) {
            return text.withdrawn();
        }
        if (d.contains("not on a session's agenda")) {
            return text.notOnAgenda();
        }
        if (d.endsWith(Agenda.NOT_OPENED_YET)) {
            return text.sessionNotStarted();
        }
        return text.decisionRefused();
    }
}
