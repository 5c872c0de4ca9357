package nl.zvh.triage.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.zvh.platform.problem.Problem;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.triage.ui.DecisionRefusals;
import org.junit.jupiter.api.Test;

/**
 * The chair's decision form shows the decision rules' refusals in Dutch next to the field: every refusal the rules
 * can give (every combination of outcome, programme, intensity, sub-approach and advice) has its own text.
 */
class EveryRefusalOfTheDecisionRulesReadsInDutchTest {

    @Test
    void everyRefusalHasADutchText() {
        Set<String> unknown = new TreeSet<>();
        int refusals = 0;
        for (Outcome outcome : Outcome.values()) {
            for (Programme programme : withNull(Programme.values())) {
                for (Intensity intensity : withNull(Intensity.values())) {
                    for (SubApproach sub : withNull(SubApproach.values())) {
                        for (String advice : Arrays.asList(null, "Neem contact op met het wijkteam")) {
                            try {
                                Decisions.validate(new Decisions.Request(outcome, programme, intensity, sub, advice,
                                        "onderbouwing", List.of("OM")));
                            } catch (ProblemException refused) {
                                refusals++;
                                for (Problem.FieldError e : refused.problem().errors()) {
                                    if (!DecisionRefusals.knows(e.field(), e.message())
                                            || !DecisionRefusals.FIELDS.contains(e.field())) {
                                        unknown.add(e.field() + ": " + e.message());
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        assertEquals(Set.of(), unknown);
        assertEquals(true, refusals > 0);
    }

    private static <T> List<T> withNull(T[] values) {
        List<T> list = new ArrayList<>(Arrays.asList(values));
        list.add(null);
        return list;
    }
}
