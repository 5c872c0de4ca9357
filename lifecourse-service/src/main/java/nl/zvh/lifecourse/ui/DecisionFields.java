package nl.zvh.lifecourse.ui;

import io.quarkus.qute.TemplateExtension;
import nl.zvh.lifecourse.candidates.CandidateRequests.CandidateView;
import nl.zvh.platform.ui.form.Form;

/**
 * The fields of one candidate's decision form on the session page, each page holding one form per candidate:
 * {@code {c.field('reason')}} is the id {@code reason-<candidate>}, {@code {form.valueOf(c, 'reason')}} and
 * {@code {form.errorOf(c, 'reason')}} what was sent and refused for it.
 */
@TemplateExtension
final class DecisionFields {
    private DecisionFields() {
    }

    static String field(CandidateView candidate, String name) {
        return name + "-" + candidate.id();
    }

    static String valueOf(Form form, CandidateView candidate, String name) {
        return form.value(field(candidate, name));
    }

    static String errorOf(Form form, CandidateView candidate, String name) {
        return form.error(field(candidate, name));
    }
}
