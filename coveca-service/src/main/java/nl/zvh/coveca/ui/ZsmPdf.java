package nl.zvh.coveca.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The ZSM scenario as one A4 page for the ZSM table (Apache PDFBox): a title, the facts as "label: value" lines, then
 * the scenario and the advice, wrapped; what does not fit on the one page is cut with a note. Characters the
 * standard font cannot write are replaced.
 */
final class ZsmPdf {
    private static final float MARGIN = 50;
    private static final float LEADING = 14;
    private static final int WRAP = 90;

    /** One line of the page; bold for headings. */
    record Line(String text, boolean bold) {
    }

    private ZsmPdf() {
    }

    static byte[] render(String title, List<String> facts, List<String[]> sections, String cut) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(title, true));
        facts.forEach(f -> lines.add(new Line(f, false)));
        for (String[] section : sections) {
            if (section[1] == null || section[1].isBlank()) {
                continue;
            }
            lines.add(new Line("", false));
            lines.add(new Line(section[0], true));
            section[1].lines().forEach(l -> wrap(l).forEach(w -> lines.add(new Line(w, false))));
        }
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            int fits = (int) ((page.getMediaBox().getHeight() - 2 * MARGIN) / LEADING);
            List<Line> shown = lines.size() <= fits ? lines : new ArrayList<>(lines.subList(0, fits - 1));
            if (lines.size() > fits) {
                shown.add(new Line(cut, true));
            }
            try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                text.beginText();
                text.newLineAtOffset(MARGIN, page.getMediaBox().getHeight() - MARGIN);
                for (Line line : shown) {
                    text.setFont(line.bold() ? bold : regular, 11);
                    text.showText(writable(line.text(), regular));
                    text.newLineAtOffset(0, -LEADING);
                }
                text.endText();
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() > 0 && line.length() + word.length() + 1 > WRAP) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** The text with every character the font cannot encode replaced by a question mark. */
    private static String writable(String text, PDType1Font font) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
