package nl.zvh.gateway.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Published CSV and PDF show small counts as "<5", keep zero, percentages and labels; charts are well-formed SVG. */
class PublishedExportsSuppressSmallCountsTest {
    static final ReportTable TABLE = new ReportTable("domains", "Verwijzers per domein",
            List.of("Domein", "Aanmeldingen", "Aandeel (%)"), List.of(
            List.of("Straf", 3L, "2.5"), List.of("Zorg", 0L, "0.0"), List.of("Wonen; huur", 5L, "4.0"),
            List.of("=cmd", 117L, "93.5")));

    @Test
    void csvSuppressesOneToFourAndQuotesWhatSpreadsheetsWouldMisread() {
        String csv = TABLE.csv(5);
        assertEquals("Domein;Aanmeldingen;Aandeel (%)\r\nStraf;<5;2.5\r\nZorg;0;0.0\r\n\"Wonen; huur\";5;4.0\r\n"
                + "'=cmd;117;93.5\r\n", csv);
        assertTrue(TABLE.csv(0).contains("Straf;3;2.5"), "suppression can be switched off");
    }

    @Test
    void factsheetPdfCarriesTheSuppressedTable() throws Exception {
        AnnualReport.Report report = new AnnualReport.Report(2025, "Tholen", List.of("Tholen"), List.of(
                new AnnualReport.Section("intake", "Aanmeldingen en triage", List.of(), List.of(TABLE), false)));
        byte[] pdf = Factsheet.render(report, "markiezaten", 5);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Factsheet 2025"), text);
            assertTrue(text.contains("gemeente Tholen"), text);
            assertTrue(text.contains("<5"), text);
            assertTrue(!text.contains(" 3 "), text);
        }
    }

    @Test
    void chartIsWellFormedSvgWithABarPerValue() throws Exception {
        String svg = SvgCharts.bars("Instroom <per> kwartaal", List.of("1e kwartaal", "2e kwartaal", "3e kwartaal",
                "4e kwartaal"), List.of(
                new SvgCharts.Series("2024", List.of(10.0, 20.0, 0.0, 5.0)),
                new SvgCharts.Series("2025", List.of(12.0, 18.0, 7.0, 3.0))));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getNodeName());
        // 8 bars + 2 legend swatches
        assertEquals(10, doc.getElementsByTagName("rect").getLength());
        assertTrue(!svg.contains("style"), "no inline styles: the CSP forbids them");
        assertTrue(svg.contains(">1e kwartaal<"), "category labels as given");
    }

    @Test
    void countsHaveWholeNumberTicks() {
        assertEquals(new SvgCharts.Axis(25, 5), SvgCharts.countAxis(20.5));
        assertEquals(new SvgCharts.Axis(3, 1), SvgCharts.countAxis(3));
        assertEquals(new SvgCharts.Axis(8, 2), SvgCharts.countAxis(7));
        assertEquals(new SvgCharts.Axis(1, 1), SvgCharts.countAxis(0));
        assertEquals(new SvgCharts.Axis(500, 100), SvgCharts.countAxis(417));
        String svg = SvgCharts.counts("Signalen", List.of("Seksuele uitbuiting"), List.of(
                new SvgCharts.Series("Signalen", List.of(3.0))), java.util.Locale.forLanguageTag("nl"));
        for (String tick : List.of(">0<", ">1<", ">2<", ">3<")) {
            assertTrue(svg.contains(tick), tick + " in " + svg);
        }
        assertTrue(!svg.matches("(?s).*>[0-9]+[.,][0-9]+<.*"), "no fractional ticks for counts: " + svg);
    }

    @Test
    void scoresUseTheScaleAndTheReadersDecimalComma() {
        String svg = SvgCharts.scores("Leefgebieden", List.of("Financiën"), List.of(
                new SvgCharts.Series("Ronde 1", List.of(3.25))), 5, java.util.Locale.forLanguageTag("nl"));
        assertTrue(svg.contains(">5<") && svg.contains("3,25"), svg);
    }
}
