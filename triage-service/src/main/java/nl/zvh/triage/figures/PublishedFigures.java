package nl.zvh.triage.figures;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.zvh.platform.figures.PublishedCounts;
import nl.zvh.platform.figures.SmallCells;

/**
 * Triage figures as the API publishes them ({@link SmallCells}): a withheld count is {@code null} and named in
 * {@code suppressed} ({@code approachesByProgramme.<programme>} for a programme). The decisions taken (the total),
 * the approaches per programme, the advices and the no-actions are one line: no withheld cell stands alone in it.
 */
public record PublishedFigures(String house, LocalDate from, LocalDate to, Long referralsTriaged,
        Map<String, Long> approachesByProgramme, Long advices, Long noAction, Long feedbackSameWeek, LocalDate on,
        Long untriagedOn, List<String> suppressed) {

    static PublishedFigures of(TriageFigures.Figures f, SmallCells rule) {
        Map<String, Long> decisions = new LinkedHashMap<>();
        decisions.put("referralsTriaged", f.referralsTriaged());
        f.approachesByProgramme().forEach((programme, n) -> decisions.put("approachesByProgramme." + programme, n));
        decisions.put("advices", f.advices());
        decisions.put("noAction", f.noAction());
        PublishedCounts counts = new PublishedCounts(rule).line(decisions)
                .cell("feedbackSameWeek", f.feedbackSameWeek()).cell("untriagedOn", f.untriagedOn());
        Map<String, Long> programmes = new LinkedHashMap<>();
        f.approachesByProgramme().keySet().forEach(p -> programmes.put(p, counts.get("approachesByProgramme." + p)));
        return new PublishedFigures(f.house(), f.from(), f.to(), counts.get("referralsTriaged"), programmes,
                counts.get("advices"), counts.get("noAction"), counts.get("feedbackSameWeek"), f.on(),
                counts.get("untriagedOn"), counts.suppressed());
    }
}
