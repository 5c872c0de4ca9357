package nl.zvh.lifecourse.ui;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.zvh.lifecourse.candidates.CandidateRequests.NewDecision;
import nl.zvh.lifecourse.candidates.Candidates;
import nl.zvh.lifecourse.candidates.Decision;
import nl.zvh.lifecourse.candidates.InclusionTable;
import nl.zvh.lifecourse.config.LifecourseConfig;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.ui.form.Fields;
import nl.zvh.platform.ui.form.Form;

/**
 * A decision sent from the session page, checked as the table's rules do before it is taken, so a refusal is a
 * Dutch message next to the candidate's fields (ids {@code decision-<candidate>}, {@code reason-<candidate>}).
 */
final class Decisions {
    /** The refused form, or null when the decision was taken. */
    record Outcome(Form refused) {
    }

    private Decisions() {
    }

    static Outcome decide(InclusionTable table, Candidates candidates, LifecourseConfig config, String house,
            UUID session, UUID candidateId, String decision, String reason, boolean override, String by,
            Locale locale) {
        if (candidateId == null || candidates.inHouse(candidateId, house).isEmpty()) {
            throw ProblemException.notFound("candidate " + candidateId);
        }
        String d = "decision-" + candidateId;
        String r = "reason-" + candidateId;
        Map<String, String> sent = new LinkedHashMap<>();
        sent.put(d, decision == null ? "" : decision);
        sent.put(r, reason == null ? "" : reason);
        sent.put("override-" + candidateId, override ? "on" : "");
        Fields in = Fields.of(Form.ofSingle(sent), locale);
        FormMessages msg = Bundles.form(locale);
        Decision chosen = in.choice(d, Decision.class, true);
        String why = in.text(r, 2000, false);
        boolean reached = candidates.active(house) >= config.capacity(house);
        if (why == null && in.ok() && (chosen == Decision.NOT_INCLUDED || override)) {
            in.reject(r, msg.reasonRequired());
        }
        if (chosen == Decision.INCLUDED && reached && !override) {
            in.reject(d, msg.capacityReached());
        }
        if (!in.ok()) {
            return new Outcome(in.form());
        }
        table.decide(session, house, new NewDecision(candidateId, chosen, why, override), by);
        return new Outcome(null);
    }
}
