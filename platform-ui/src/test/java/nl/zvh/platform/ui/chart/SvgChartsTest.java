package nl.zvh.platform.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Charts are well-formed SVG without inline style (the CSP forbids it), counts get whole-number ticks, scores the
 * reader's decimal comma, and a profile draws a line per series named in a legend, skipping missing scores.
 */
class SvgChartsTest {
    @Test
    void chartIsWellFormedSvgWithABarPerValue() throws Exception {
        String svg = SvgCharts.bars("Instroom <per> kwartaal",
                List.of("1e kwartaal", "2e kwartaal", "3e kwartaal", "4e kwartaal"),
                List.of(new SvgCharts.Series("2024", List.of(10.0, 20.0, 0.0, 5.0)),
                        new SvgCharts.Series("2025", List.of(12.0, 18.0, 7.0, 3.0))));
        Document doc = parse(svg);
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
        String svg = SvgCharts.counts("Signalen", List.of("Seksuele uitbuiting"),
                List.of(new SvgCharts.Series("Signalen", List.of(3.0))), java.util.Locale.forLanguageTag("nl"));
        for (String tick : List.of(">0<", ">1<", ">2<", ">3<")) {
            assertTrue(svg.contains(tick), tick + " in " + svg);
        }
        assertTrue(!svg.matches("(?s).*>[0-9]+[.,][0-9]+<.*"), "no fractional ticks for counts: " + svg);
    }

    @Test
    void scoresUseTheScaleAndTheReadersDecimalComma() {
        String svg = SvgCharts.scores("Leefgebieden", List.of("Financiën"),
                List.of(new SvgCharts.Series("Ronde 1", List.of(3.25))), 5, java.util.Locale.forLanguageTag("nl"));
        assertTrue(svg.contains(">5<") && svg.contains("3,25"), svg);
    }

    @Test
    void profileHasALinePerSeriesNamedInTheLegendAndSkipsMissingScores() throws Exception {
        String svg = SvgCharts.profile("chart-1", "Ontwikkeling <Jan>", List.of("Financiën", "Wonen"),
                List.of("Ronde 1: 6 december 2026", "Ronde 2: 6 maart 2027"),
                List.of(List.of(2, 4), Arrays.asList(3, null)), 1, 5);
        Document doc = parse(svg);
        assertEquals(2, doc.getElementsByTagName("polyline").getLength());
        assertEquals(3, doc.getElementsByTagName("circle").getLength(), "a dot per present score");
        assertTrue(svg.contains("Ontwikkeling &lt;Jan&gt;") && svg.contains("aria-labelledby=\"chart-1-title\""));
        assertTrue(svg.contains(">Ronde 2: 6 maart 2027<") && svg.contains("stroke-dasharray"),
                "rounds are told apart by text and dash, not colour alone");
        assertTrue(!svg.contains("style"));
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
