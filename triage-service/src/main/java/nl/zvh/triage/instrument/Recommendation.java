package nl.zvh.triage.instrument;

import java.util.List;
import java.util.Map;

/**
 * What the instrument recommends (the table decides): a complex case → a CoVeCa approach, intensive (MAATWERK)
 * when the weighted danger score reaches {@value #MAATWERK_DANGER} or children live in the household with any
 * danger, else person-oriented (PGA); not complex but something scored → advice; nothing → no action.
 */
public record Recommendation(String outcome, String programme, String intensity, int dangerScore, int contributingScore,
        boolean complexCase) {
    public static final int MAATWERK_DANGER = 6;

    public static Recommendation of(List<InstrumentItem> items, Map<String, Integer> scores, boolean children,
            NationalCriteria criteria) {
        int danger = 0;
        int contributing = 0;
        for (InstrumentItem item : items) {
            int weighted = scores.getOrDefault(item.code(), 0) * item.weight();
            if (item.kind() == InstrumentItem.ItemKind.DANGER) {
                danger += weighted;
            } else {
                contributing += weighted;
            }
        }
        if (criteria.complexCase()) {
            boolean intensive = danger >= MAATWERK_DANGER || (children && danger > 0);
            return new Recommendation("APPROACH_STARTED", "COVECA", intensive ? "MAATWERK" : "PGA", danger,
                    contributing, true);
        }
        return new Recommendation(danger + contributing > 0 ? "ADVICE" : "NO_ACTION", null, null, danger, contributing,
                false);
    }
}
