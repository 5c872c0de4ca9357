package nl.zvh.intake.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.zvh.platform.figures.SmallCells;
import org.junit.jupiter.api.Test;

/**
 * 35 referrals: 3 approaches, 12 advices, 20 without action; by domain 3, 12 and 20. The analyst's figures hold
 * neither the 3 nor anything that gives it away: not the 12 (35 - 20 - 12), not a share, not a quarter.
 */
class AnalystCannotWorkOutASmallCountFromTheIntakeFiguresTest {
    static final IntakeFigures EXACT = new IntakeFigures("markiezaten", 2026, null, LocalDate.parse("2026-12-31"), 35,
            new IntakeFigures.Outcomes(3, 12, 20, 0, 0), Map.of("COVECA", 3L),
            List.of(new IntakeFigures.Quarter("Q1", 35, 3, 12, 0)),
            List.of(new IntakeFigures.MunicipalityRow("Tholen", 35, 3, 12, 0)),
            List.of(share("JUSTICE", 3, "8.6"), share("CARE", 12, "34.3"), share("HOUSING", 20, "57.1")), List.of(),
            List.of());

    @Test
    void theSmallCountAndWhatWouldGiveItAwayAreNullAndNamed() {
        PublishedIntakeFigures p = PublishedIntakeFigures.of(EXACT, new SmallCells(5));
        assertEquals(35L, p.referrals());
        assertNull(p.outcomes().approaches());
        assertNull(p.outcomes().advices(), "35 - 20 - 12 would give the 3");
        assertEquals(20L, p.outcomes().noAction());
        assertNull(p.approachesByProgramme().get("COVECA"));
        assertNull(p.perQuarter().get(0).approaches());
        assertNull(p.perMunicipality().get(0).approaches());
        assertNull(p.referrerDomains().get(0).referrals());
        assertNull(p.referrerDomains().get(0).percent());
        assertNull(p.referrerDomains().get(1).percent(), "100 - 57.1 - 34.3 would give the 3's share");
        assertEquals(new BigDecimal("57.1"), p.referrerDomains().get(2).percent());
        long visible = p.referrerDomains().stream().filter(s -> s.referrals() != null).mapToLong(s -> s.referrals())
                .sum();
        assertNotEquals(3L, p.referrals() - visible);
        assertTrue(
                p.suppressed().containsAll(List.of("outcomes.approaches", "outcomes.advices",
                        "approachesByProgramme.COVECA", "referrerDomains.JUSTICE", "referrerDomains.CARE")),
                p.suppressed().toString());
        assertTrue(p.suppressed().stream().noneMatch(n -> n.startsWith("~")), p.suppressed().toString());
    }

    @Test
    void withTheRuleOffTheFiguresAreExact() {
        PublishedIntakeFigures p = PublishedIntakeFigures.of(EXACT, new SmallCells(0));
        assertEquals(3L, p.outcomes().approaches());
        assertTrue(p.suppressed().isEmpty());
    }

    private static IntakeFigures.Share share(String key, long n, String percent) {
        return new IntakeFigures.Share(key, n, new BigDecimal(percent));
    }
}
