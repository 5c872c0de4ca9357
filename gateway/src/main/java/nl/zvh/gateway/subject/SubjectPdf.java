package nl.zvh.gateway.subject;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A readable PDF of the composed export (Apache PDFBox): a title page part with who and when, then per service its
 * records as indented "field: value" lines; empty fields are left out. Dutch headings.
 */
final class SubjectPdf {
    private static final float MARGIN = 50;
    private static final float LEADING = 13;
    private static final int WRAP = 95;

    private record Line(String text, boolean bold, int indent) {
    }

    private SubjectPdf() {
    }

    static byte[] render(JsonObject export) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("Inzage persoonsgegevens (AVG art. 15)", true, 0));
        export.getJsonObject("subject")
                .forEach(e -> lines.add(new Line("Gevraagd: " + e.getKey() + " " + e.getValue(), false, 0)));
        lines.add(new Line(
                "Opgesteld: " + readable(export.getString("exportedAt")) + " door " + export.getString("exportedBy"),
                false, 0));
        if (export.getString("restriction") != null) {
            lines.add(new Line(export.getString("restriction"), false, 0));
        }
        if (!export.getBoolean("complete")) {
            lines.add(new Line("LET OP: niet volledig. Niet beantwoord door:", true, 0));
            for (Object o : export.getJsonArray("incomplete")) {
                JsonObject i = (JsonObject) o;
                lines.add(new Line(i.getString("programme") + " (" + i.getString("reason") + ")", false, 1));
            }
        }
        JsonObject services = export.getJsonObject("services");
        for (String programme : services.fieldNames().stream().sorted().toList()) {
            JsonObject answer = services.getJsonObject(programme);
            JsonArray records = answer.getJsonArray("records", new JsonArray());
            lines.add(new Line("", false, 0));
            lines.add(new Line(programme + ": " + records.size() + " registratie(s)", true, 0));
            for (Object record : records) {
                lines.add(new Line("-", false, 1));
                value(lines, record, 1);
            }
        }
        return write(lines);
    }

    private static void value(List<Line> lines, Object value, int indent) {
        if (value instanceof JsonObject object) {
            for (Map.Entry<String, Object> e : object) {
                Object v = e.getValue();
                if (v == null || (v instanceof JsonArray a && a.isEmpty())) {
                    continue;
                }
                if (v instanceof JsonObject || v instanceof JsonArray) {
                    lines.add(new Line(e.getKey() + ":", true, indent));
                    value(lines, v, indent + 1);
                } else {
                    lines.add(new Line(e.getKey() + ": " + v, false, indent));
                }
            }
        } else if (value instanceof JsonArray array) {
            for (Object item : array) {
                if (item instanceof JsonObject) {
                    lines.add(new Line("-", false, indent));
                    value(lines, item, indent + 1);
                } else {
                    lines.add(new Line("- " + item, false, indent));
                }
            }
        } else if (value != null) {
            lines.add(new Line(String.valueOf(value), false, indent));
        }
    }

    private static byte[] write(List<Line> lines) {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPageContentStream stream = null;
            float y = 0;
            for (Line line : lines) {
                for (String part : wrap(printable(line.text()), WRAP - 4 * line.indent())) {
                    if (stream == null || y < MARGIN) {
                        if (stream != null) {
                            stream.close();
                        }
                        PDPage page = new PDPage(PDRectangle.A4);
                        document.addPage(page);
                        stream = new PDPageContentStream(document, page);
                        y = PDRectangle.A4.getHeight() - MARGIN;
                    }
                    stream.beginText();
                    stream.setFont(line.bold() ? bold : regular, 10);
                    stream.newLineAtOffset(MARGIN + 14 * line.indent(), y);
                    stream.showText(part);
                    stream.endText();
                    y -= LEADING;
                }
            }
            if (stream != null) {
                stream.close();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An instant as a Dutch reader reads it: "6 december 2026 17:40" (Europe/Amsterdam). */
    static String readable(String instant) {
        try {
            return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", new java.util.Locale("nl"))
                    .withZone(java.time.ZoneId.of("Europe/Amsterdam")).format(java.time.Instant.parse(instant));
        } catch (RuntimeException e) {
            return String.valueOf(instant);
        }
    }

    /** Standard-14 fonts (WinAnsi): keep Latin-1 letters, replace anything else. */
    static String printable(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            s.append(c >= 0x20 && c <= 0x7e || c >= 0xa0 && c <= 0xff ? c : c == '\n' || c == '\t' ? ' ' : '?');
        }
        return s.toString();
    }

    private static List<String> wrap(String text, int width) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            cut = cut <= 0 ? width : cut;
            parts.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        parts.add(rest);
        return parts;
    }
}
