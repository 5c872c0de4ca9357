package nl.zvh.gateway.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.zvh.gateway.national.NationalComparison.Cell;
import nl.zvh.gateway.national.NationalComparison.Kind;
import nl.zvh.gateway.report.AnnualReport;
import nl.zvh.gateway.report.ServiceFigures;
import nl.zvh.platform.figures.SmallCells;
import org.junit.jupiter.api.Test;

/**
 * The national table reads each house's counts from that house's annual report: a count the report withholds (a
 * small count, or the next smallest that would give it away) is withheld here as well and gets no rate (a rate would
 * give the count away); a total over several published counts is withheld when one of them is; a rate per 10 000
 * inhabitants has one decimal in Dutch notation; a house whose population is unknown gets counts but no rates; a
 * service that gave no figures for a house makes that house's cells unavailable, not zero; the population reference
 * data adds up its municipalities and has no house without inhabitants.
 */
class NationalTableWithholdsWhatEachHousesReportWithholdsTest {
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final SmallCells RULE = new SmallCells(5);

    @Test
    void countsRatesAndWithheldCellsFollowEachHousesReport() {
        // A: 250 referrals, 120 approaches (COVECA 100, TRAFFICKING 20), 80 advices, 50 no action; 200 000 inhabitants
        JsonObject intakeA = intake(250, 120, 80, 50, Map.of("COVECA", 100, "TRAFFICKING", 20));
        JsonObject covecaA = new JsonObject().put("approachesPerQuarter",
                new JsonArray().add(quarter("2025-Q1", 10, 30)).add(quarter("2025-Q2", 12, 35))
                        .add(quarter("2025-Q3", 9, 38)).add(quarter("2025-Q4", 11, 40)));
        JsonObject traffickingA = new JsonObject().put("primaryExploitationTypes",
                new JsonArray().add(type("SEXUAL", 12)).add(type("LABOUR", 8)).add(type("CRIMINAL", 0)));
        JsonArray reintegrationA = new JsonArray().add(reintegration("Roosendaal", 2025, 30, 25))
                .add(reintegration("Rucphen", 2025, 2, 1)).add(reintegration("Rucphen", 2024, 40, 40));
        JsonObject lifecourseA = new JsonObject().put("candidates", 20).put("inclusions", 9).put("active", 12)
                .put("capacity", 15).put("cterCases", 7);
        ServiceFigures a = new ServiceFigures(2025, null, intakeA, intakeA, null, null, covecaA,
                new JsonObject().put("rows", reintegrationA), traffickingA, lifecourseA);
        // B: 3 referrals (withheld, and so is the next smallest of its row), trafficking with a small type; its
        // CoVeCa service gave nothing; population unknown
        JsonObject intakeB = intake(3, 1, 1, 1, Map.of("COVECA", 1));
        JsonObject traffickingB = new JsonObject().put("primaryExploitationTypes",
                new JsonArray().add(type("SEXUAL", 2)).add(type("LABOUR", 30)));
        ServiceFigures b = new ServiceFigures(2025, null, intakeB, intakeB, null, null, null,
                new JsonObject().put("rows", new JsonArray()), traffickingB, lifecourseA);

        Populations.House houseA = new Populations.House("a", "Huis A", ordered("X", 150_000L, "Y", 50_000L));
        Populations.House houseB = new Populations.House("b", "Huis B", ordered("Z", 80_000L, "W", null));
        NationalComparison.Comparison table = NationalComparison.of(2025,
                List.of(new NationalComparison.HouseReport(houseA, report(a)),
                        new NationalComparison.HouseReport(houseB, report(b))),
                MessagesForTests.REPORT, MessagesForTests.NATIONAL, DUTCH);

        assertEquals(200_000L, table.columns().get(0).population());
        assertEquals("200.000", table.columns().get(0).populationText());
        assertEquals(null, table.columns().get(1).population());
        assertEquals(List.of("Huis B"), table.withoutPopulation());

        assertCell(table, "referrals", 0, Kind.COUNT, "250", "12,5");
        assertCell(table, "approaches", 0, Kind.COUNT, "120", "6,0");
        assertCell(table, "advices", 0, Kind.COUNT, "80", "4,0");
        NationalComparison.Row coveca = programme(table, "100");
        NationalComparison.Row trafficking = programme(table, "20");
        assertEquals(Kind.SUPPRESSED, coveca.cells().get(1).kind(), "B's one CoVeCa approach is withheld");
        assertEquals("5,0", coveca.cells().get(0).rate());
        assertEquals(Kind.COUNT, trafficking.cells().get(1).kind(), "B started no trafficking approach");
        assertEquals("0", trafficking.cells().get(1).count());
        assertCell(table, "coveca-started", 0, Kind.COUNT, "42", "2,1");
        assertCell(table, "coveca-active", 0, Kind.COUNT, "40", "2,0");
        assertCell(table, "trafficking-signals", 0, Kind.COUNT, "20", "1,0");
        assertCell(table, "reintegration-detentions", 0, Kind.SUPPRESSED, "", ""); // Rucphen's 2 is withheld
        assertCell(table, "lifecourse-inclusions", 0, Kind.COUNT, "9", "0,5");

        // house B: its report withholds the 3 referrals and the 1s; no rate without population anyway
        assertCell(table, "referrals", 1, Kind.SUPPRESSED, "", "");
        assertCell(table, "approaches", 1, Kind.SUPPRESSED, "", "");
        assertCell(table, "trafficking-signals", 1, Kind.SUPPRESSED, "", "");
        assertCell(table, "coveca-started", 1, Kind.UNAVAILABLE, "", "");
        assertCell(table, "coveca-active", 1, Kind.UNAVAILABLE, "", "");
        assertCell(table, "reintegration-detentions", 1, Kind.COUNT, "0", "");
        assertCell(table, "lifecourse-active", 1, Kind.COUNT, "12", "");
        assertEquals(List.of("Huis B"), table.incomplete());

        String csv = table.csv("Cijfer", "per 10.000 inwoners", "niet beschikbaar", "nog niet bekend");
        assertTrue(csv.startsWith("Cijfer;Huis A;Huis A per 10.000 inwoners;Huis B;Huis B per 10.000 inwoners\r\n"),
                csv);
        assertTrue(csv.contains("r_referrals;250;12,5;x;\r\n"), csv);
        assertTrue(csv.contains("r_coveca_started;42;2,1;niet beschikbaar;\r\n"), csv);
        assertFalse(csv.contains(";3;"), "the withheld 3 appears nowhere");
    }

    @Test
    void theYearsFourthQuarterIsNotKnownBeforeItIsOver() {
        JsonObject coveca = new JsonObject().put("approachesPerQuarter",
                new JsonArray().add(quarter("2026-Q1", 10, 30)).add(quarter("2026-Q2", 12, 35)));
        ServiceFigures f = new ServiceFigures(2026, null, null, null, null, null, coveca, null, null, null);
        NationalComparison.Comparison table = NationalComparison.of(2026,
                List.of(new NationalComparison.HouseReport(
                        new Populations.House("a", "Huis A", ordered("X", 10_000L, "Y", 10_000L)), report(f))),
                MessagesForTests.REPORT, MessagesForTests.NATIONAL, DUTCH);
        assertCell(table, "coveca-active", 0, Kind.NOT_YET, "", "");
        assertCell(table, "coveca-started", 0, Kind.COUNT, "22", "11,0");
        assertCell(table, "referrals", 0, Kind.UNAVAILABLE, "", "");
    }

    @Test
    void theReferenceDataNamesFourHousesWithTheirInhabitants() {
        List<Populations.House> houses = Populations.reference().houses();
        assertEquals(List.of("markiezaten", "haaglanden", "drenthe", "zeeland"),
                houses.stream().map(Populations.House::code).toList());
        for (Populations.House house : houses) {
            assertTrue(house.population() != null && house.population() > 100_000, house.toString());
            assertEquals(house.municipalities().values().stream().mapToLong(Long::longValue).sum(),
                    house.population().longValue());
        }
        assertEquals(8, houses.get(0).municipalities().size());
        assertTrue(houses.get(0).municipalities().containsKey("Roosendaal"));
        Populations unknown = Populations.load(List.of("code;name", "x;Huis X", "y;Huis Y"),
                List.of("# comment", "house;municipality;population", "x;A;100", "x;B;"));
        assertEquals(null, unknown.houses().get(0).population(), "one municipality unknown: the house unknown");
        assertEquals(null, unknown.houses().get(1).population(), "no municipalities: unknown");
    }

    /** The programme row whose first house has this count. */
    private static NationalComparison.Row programme(NationalComparison.Comparison table, String count) {
        return table.rows().stream().filter(r -> r.id().startsWith("programme:"))
                .filter(r -> count.equals(r.cells().get(0).count())).findFirst()
                .orElseThrow(() -> new AssertionError("no programme row with " + count + ": " + table.rows()));
    }

    private static AnnualReport.Report report(ServiceFigures f) {
        return AnnualReport.of(f, MessagesForTests.REPORT, DUTCH, RULE);
    }

    private static void assertCell(NationalComparison.Comparison table, String row, int column, Kind kind, String count,
            String rate) {
        NationalComparison.Row r = table.row(row);
        assertTrue(r != null, "row " + row + " in " + table.rows().stream().map(NationalComparison.Row::id).toList());
        Cell cell = r.cells().get(column);
        assertEquals(kind, cell.kind(), row + " of column " + column);
        assertEquals(count, cell.count(), row + " of column " + column);
        assertEquals(rate, cell.rate(), row + " of column " + column);
    }

    private static JsonObject intake(int referrals, int approaches, int advices, int noAction,
            Map<String, Integer> programmes) {
        JsonObject byProgramme = new JsonObject();
        programmes.forEach(byProgramme::put);
        return new JsonObject().put("referrals", referrals)
                .put("outcomes", new JsonObject().put("approaches", approaches).put("advices", advices)
                        .put("noAction", noAction).put("withdrawn", 0).put("untriaged", 0))
                .put("approachesByProgramme", byProgramme);
    }

    private static JsonObject quarter(String quarter, int started, int active) {
        return new JsonObject().put("quarter", quarter).put("started", started).put("active", active);
    }

    private static JsonObject type(String type, int signals) {
        return new JsonObject().put("type", type).put("signals", signals);
    }

    private static JsonObject reintegration(String municipality, int year, int detentions, int releases) {
        return new JsonObject().put("municipality", municipality).put("year", year).put("detentions", detentions)
                .put("releases", releases).put("releasedWithAllConditionsArranged", 0).put("escalations", 0);
    }

    private static Map<String, Long> ordered(String a, Long x, String b, Long y) {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put(a, x);
        m.put(b, y);
        return m;
    }
}
