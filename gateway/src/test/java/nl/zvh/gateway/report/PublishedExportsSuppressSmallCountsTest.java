package nl.zvh.gateway.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.zvh.platform.figures.SmallCells;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Published CSV and PDF show withheld cells as "x" (the small count, the next smallest of its column and both their
 * shares), keep zero, large counts and labels, and quote what a spreadsheet would misread.
 */
class PublishedExportsSuppressSmallCountsTest {
    static final List<List<Object>> ROWS = List.of(List.of("Straf", 3L, new ReportTable.Derived("2.5")),
            List.of("Zorg", 0L, new ReportTable.Derived("0.0")),
            List.of("Wonen; huur", 5L, new ReportTable.Derived("4.0")),
            List.of("=cmd", 112L, new ReportTable.Derived("93.5")));
    static final List<String> HEADERS = List.of("Domein", "Aanmeldingen", "Aandeel (%)");
    static final ReportTable TABLE = ReportTable.suppressed("domains", "Verwijzers per domein", HEADERS, ROWS,
            new SmallCells(5));

    @Test
    void csvWithholdsTheSmallCountTheNextSmallestAndTheirShares() {
        assertEquals("Domein;Aanmeldingen;Aandeel (%)\r\nStraf;x;x\r\nZorg;0;0.0\r\n\"Wonen; huur\";x;x\r\n"
                + "'=cmd;112;93.5\r\n", TABLE.csv());
        assertTrue(
                ReportTable.suppressed("domains", "", HEADERS, ROWS, new SmallCells(0)).csv().contains("Straf;3;2.5"),
                "suppression can be switched off");
    }

    @Test
    void factsheetPdfCarriesTheSuppressedTableAndTheLegend() throws Exception {
        AnnualReport.Report report = new AnnualReport.Report(2025, "Tholen", List.of("Tholen"), List
                .of(new AnnualReport.Section("intake", "Aanmeldingen en triage", List.of(), List.of(TABLE), false)));
        byte[] pdf = Factsheet.render(report, "markiezaten", "Een x betekent geheim: aantallen onder 5 worden niet "
                + "getoond, en evenmin het kleinste andere aantal van dezelfde rij of kolom.");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Factsheet 2025"), text);
            assertTrue(text.contains("gemeente Tholen"), text);
            assertTrue(text.contains("Een x betekent geheim"), text);
            assertTrue(text.contains("Straf x x"), text);
            assertFalse(text.contains("2.5"), text);
            assertFalse(text.contains(" 3 "), text);
        }
    }
}
