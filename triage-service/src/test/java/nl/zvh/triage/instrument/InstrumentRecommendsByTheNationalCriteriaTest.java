package nl.zvh.triage.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The instrument recommends; complex means criteria 1-3 together, or criterion 4 alone. */
class InstrumentRecommendsByTheNationalCriteriaTest {
    static final List<InstrumentItem> ITEMS = List.of(
            new InstrumentItem("VIOLENCE", InstrumentItem.ItemKind.DANGER, "Geweld", 3),
            new InstrumentItem("WEAPONS", InstrumentItem.ItemKind.DANGER, "Wapens", 2),
            new InstrumentItem("DEBTS", InstrumentItem.ItemKind.CONTRIBUTING, "Schulden", 1));
    static final NationalCriteria FIRST_THREE = new NationalCriteria(true, true, true, false);

    @Test
    void highDangerInAComplexCaseRecommendsAnIntensiveCovecaApproach() {
        Recommendation r = Recommendation.of(ITEMS, Map.of("VIOLENCE", 2, "DEBTS", 1), false, FIRST_THREE);
        assertEquals("APPROACH_STARTED", r.outcome());
        assertEquals("COVECA", r.programme());
        assertEquals("MAATWERK", r.intensity());
        assertEquals(6, r.dangerScore());
        assertEquals(1, r.contributingScore());
    }

    @Test
    void lowDangerIsPersonOrientedUnlessChildrenLiveInTheHousehold() {
        assertEquals("PGA", Recommendation.of(ITEMS, Map.of("WEAPONS", 1), false, FIRST_THREE).intensity());
        assertEquals("MAATWERK", Recommendation.of(ITEMS, Map.of("WEAPONS", 1), true, FIRST_THREE).intensity());
    }

    @Test
    void seriousLocalSafetyProblemsAloneMakeItComplex() {
        assertTrue(new NationalCriteria(false, false, false, true).complexCase());
        assertFalse(new NationalCriteria(true, true, false, false).complexCase());
    }

    @Test
    void notComplexButScoredIsAdviceAndNothingScoredIsNoAction() {
        NationalCriteria two = new NationalCriteria(true, true, false, false);
        Recommendation advice = Recommendation.of(ITEMS, Map.of("DEBTS", 2), false, two);
        assertEquals("ADVICE", advice.outcome());
        assertNull(advice.programme());
        assertEquals("NO_ACTION", Recommendation.of(ITEMS, Map.of(), true, two).outcome());
    }
}
