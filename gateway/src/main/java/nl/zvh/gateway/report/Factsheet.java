package nl.zvh.gateway.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** The factsheet of a house or one municipality as PDF (PDFBox): the key tables, small counts suppressed. */
public final class Factsheet {
    static final Set<String> TABLES = Set.of("inflow", "comparison", "quarters", "domains", "programmes",
            "reintegration", "trafficking-types", "trafficking-outcomes", "lifecourse");
    private static final float MARGIN = 50;
    private static final float LINE = 14;

    private Factsheet() {
    }

    /**
     * @param house  the house as a person reads it (its name)
     * @param legend what the mark of a withheld cell means (the report page's note)
     */
    public static byte[] render(AnnualReport.Report report, String house, String legend) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Writer w = new Writer(doc);
            w.text("Factsheet " + report.year(), 18, true);
            w.text((house == null ? "" : house) + " - "
                    + (report.municipality() == null ? "alle gemeenten" : "gemeente " + report.municipality()), 12,
                    false);
            w.paragraph(legend, 9);
            w.gap();
            for (ReportTable t : report.tables()) {
                if (!TABLES.contains(t.id())) {
                    continue;
                }
                w.text(t.title(), 12, true);
                w.row(t.headers(), true);
                for (List<Object> row : t.rows()) {
                    w.row(row.stream().map(v -> v == null ? "" : v.toString()).toList(), false);
                }
                w.gap();
            }
            w.close();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes lines top-down, starting a new page when the current one is full. */
    private static final class Writer {
        private final PDDocument doc;
        private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument doc) throws IOException {
            this.doc = doc;
            newPage();
        }

        void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void text(String text, float size, boolean isBold) throws IOException {
            ensure(size + 6);
            write(MARGIN, text, size, isBold);
            y -= size + 6;
        }

        /** Text wrapped at word boundaries to the page width (Helvetica averages about half its size per letter). */
        void paragraph(String text, float size) throws IOException {
            int max = (int) ((PDRectangle.A4.getWidth() - 2 * MARGIN) / (size * 0.5f));
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                if (line.length() > 0 && line.length() + 1 + word.length() > max) {
                    text(line.toString(), size, false);
                    line.setLength(0);
                }
                line.append(line.length() > 0 ? " " : "").append(word);
            }
            text(line.toString(), size, false);
        }

        void row(List<String> cells, boolean isBold) throws IOException {
            ensure(LINE);
            float width = (PDRectangle.A4.getWidth() - 2 * MARGIN) / Math.max(1, cells.size());
            for (int i = 0; i < cells.size(); i++) {
                String cell = cells.get(i);
                int max = Math.max(4, (int) (width / 5));
                write(MARGIN + i * width, cell.length() > max ? cell.substring(0, max - 1) + "." : cell, 8, isBold);
            }
            y -= LINE;
        }

        void gap() {
            y -= 8;
        }

        private void ensure(float height) throws IOException {
            if (y - height < MARGIN) {
                newPage();
            }
        }

        private void write(float x, String text, float size, boolean isBold) throws IOException {
            stream.beginText();
            stream.setFont(isBold ? bold : regular, size);
            stream.newLineAtOffset(x, y);
            stream.showText(winAnsi(text));
            stream.endText();
        }

        void close() throws IOException {
            if (stream != null) {
                stream.close();
                stream = null;
            }
        }
    }

    /** The standard fonts only encode WinAnsi; anything else becomes '?'. */
    static String winAnsi(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(c == '·' || c == '–' || c == '…' || (c >= 32 && c < 127) || (c >= 160 && c <= 255) ? c : '?');
        }
        return out.toString();
    }
}
