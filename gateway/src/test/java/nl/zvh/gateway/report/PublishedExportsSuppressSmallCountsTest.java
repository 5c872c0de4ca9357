package nl.zvh.gateway.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Published CSV and PDF show small counts as "<5", keep zero, percentages and labels; (the charts are platform-ui's SvgChartsTest). */
class PublishedExportsSuppressSmallCountsTest {
    static final ReportTable TABLE = new ReportTable("domains", "Verwijzers per domein",
            List.of("Domein", "Aanmeldingen", "Aandeel (%)"), List.of(List.of("Straf", 3L, "2.5"),
                    List.of("Zorg", 0L, "0.0"), List.of("Wonen; huur", 5L, "4.0"), List.of("=cmd", 117L, "93.5")));

    @Test
    void csvSuppressesOneToFourAndQuotesWhatSpreadsheetsWouldMisread() {
        String csv = TABLE.csv(5);
        assertEquals("Domein;Aanmeldingen;Aandeel (%)\r\nStraf;<5;2.5\r\nZorg;0;0.0\r\n\"Wonen; huur\";5;4.0\r\n"
                + "'=cmd;117;93.5\r\n", csv);
        assertTrue(TABLE.csv(0).contains("Straf;3;2.5"), "suppression can be switched off");
    }

    @Test
    void factsheetPdfCarriesTheSuppressedTable() throws Exception {
        AnnualReport.Report report = new AnnualReport.Report(2025, "Tholen", List.of("Tholen"), List
                .of(new AnnualReport.Section("intake", "Aanmeldingen en triage", List.of(), List.of(TABLE), false)));
        byte[] pdf = Factsheet.render(report, "markiezaten", 5);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Factsheet 2025"), text);
            assertTrue(text.contains("gemeente Tholen"), text);
            assertTrue(text.contains("<5"), text);
            assertTrue(!text.contains(" 3 "), text);
        }
    }
}
