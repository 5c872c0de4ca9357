package nl.zvh.triage.ui;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.zvh.triage.decision.DecisionView;

/** How the table's numbers read: the time from referral to feedback, a match score as a percentage. */
@TemplateExtension
public final class TableFormats {
    private TableFormats() {
    }

    /** The time from the submission to the decision (never negative), e.g. "1 dag, 2 uur en 5 minuten". */
    static String feedbackTime(DecisionView decision, @TemplateAttribute("locale") Object locale) {
        long total = Math.max(0, decision.feedbackMinutes());
        return Texts.of(CodeLabels.locale(locale)).duration(total / (24 * 60), (total / 60) % 24, total % 60);
    }

    /** A score 0..1 as a whole percentage ("92%"). */
    static String asPercentage(BigDecimal score) {
        return score == null ? "" : score.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
