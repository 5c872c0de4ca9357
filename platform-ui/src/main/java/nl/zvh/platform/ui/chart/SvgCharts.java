package nl.zvh.platform.ui.chart;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * The platform's one chart renderer (the annual report's bar charts, a person's monitoring profile). Grouped
 * horizontal bar charts as inline SVG: a category per row (its label readable, not rotated), one bar per
 * series in each category. Only SVG
 * presentation attributes (no {@code style}: the CSP allows no inline styles), colours with at least 3:1 contrast
 * against white. Counts get whole-number axes; scores a fixed scale. The same figures are always in a table next to
 * the chart, so nothing is told by colour alone.
 */
public final class SvgCharts {
    static final String[] COLOURS = {"#01689b", "#c65d00", "#39870c", "#a90061", "#42145f", "#94710a", "#673327"};
    /** Width of the category labels left of the bars, of the bars' area, height of one bar and between groups. */
    private static final int LABELS = 210;

    private static final int PLOT = 380;
    private static final int BAR = 18;
    private static final int GAP = 12;
    private static final int TOP = 8;
    private static final int FONT = 14;
    private static final int[] STEPS = {1, 2, 5};

    private SvgCharts() {
    }

    /** The profile's series: colours (at least 3:1 against white) and dash patterns, so colour is never the only cue. */
    static final String[] LINE_COLOURS = {"#1f5fa8", "#b3261e", "#1e7a34", "#6b3fa0", "#a35200", "#4d4d4d"};

    static final String[] DASHES = {"", "8 4", "2 4", "10 4 2 4", "4 4", "1 3"};

    /** One series of values, one per category. */
    public record Series(String name, List<Double> values) {
    }

    /** The y axis: from 0 to {@code top} in ticks of {@code step}. */
    record Axis(double top, double step) {
    }

    /** Counts (whole numbers) in Dutch. */
    public static String bars(String title, List<String> categories, List<Series> series) {
        return counts(title, categories, series, Locale.forLanguageTag("nl"));
    }

    /** Counts: whole-number ticks, at most five steps. */
    public static String counts(String title, List<String> categories, List<Series> series, Locale locale) {
        double max = series.stream().flatMap(s -> s.values().stream()).mapToDouble(Double::doubleValue).max().orElse(0);
        return render(title, categories, series, countAxis(max), locale);
    }

    /** Scores on a fixed scale from 0 to {@code max} (e.g. 5), a tick per whole point. */
    public static String scores(String title, List<String> categories, List<Series> series, int max, Locale locale) {
        return render(title, categories, series, new Axis(max, 1), locale);
    }

    /** A chart without figures: the same frame, saying so. */
    public static String empty(String title, String message) {
        int width = LABELS + PLOT + 30;
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"chart\" viewBox=\"0 0 " + width
                + " 60\" width=\"" + width + "\"><title>" + escape(title + ": " + message) + "</title>"
                + "<rect x=\"1\" y=\"1\" width=\"" + (width - 2) + "\" height=\"58\" fill=\"#f5f5f5\" "
                + "stroke=\"#767676\"/><text x=\"16\" y=\"35\" font-size=\"" + FONT + "\" fill=\"#1a1a1a\">"
                + escape(message) + "</text></svg>";
    }

    /**
     * A profile: one row per category (e.g. life domain), a whole-number scale from {@code min} to {@code max} left
     * to right, one line per series (e.g. monitoring round) with a dot per score; a missing score (null) is skipped.
     * Series differ in colour and dash pattern and the legend names them in text.
     *
     * @param id         the element id of the SVG (its title is {@code id-title})
     * @param rows       the categories' names in the reader's language
     * @param seriesNames the series' names in the reader's language, in order
     * @param values     per row, the value of each series (null when absent)
     */
    public static String profile(String id, String title, List<String> rows, List<String> seriesNames,
            List<List<Integer>> values, int min, int max) {
        return new ProfileChart(id, rows, seriesNames, values, min, max).render(title);
    }

    /** The smallest whole step of 1, 2 or 5 times a power of ten that reaches {@code max} in at most five steps. */
    static Axis countAxis(double max) {
        if (max <= 0) {
            return new Axis(1, 1);
        }
        for (long magnitude = 1;; magnitude *= 10) {
            for (int s : STEPS) {
                long step = s * magnitude;
                long steps = (long) Math.ceil(max / step);
                if (steps <= 5) {
                    return new Axis((double) steps * step, step);
                }
            }
        }
    }

    private static String render(String title, List<String> categories, List<Series> series, Axis axis, Locale locale) {
        int bars = Math.max(1, series.size());
        int groupHeight = bars * BAR + GAP;
        int plotHeight = Math.max(1, categories.size()) * groupHeight;
        int width = LABELS + PLOT + 30;
        int axisY = TOP + plotHeight;
        int legendTop = axisY + 40;
        int legendRows = (series.size() + 2) / 3;
        int height = legendTop + 18 * legendRows + 6;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"chart\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\"><title>")
                .append(escape(title)).append("</title>");
        int ticks = (int) Math.round(axis.top() / axis.step());
        for (int i = 0; i <= ticks; i++) {
            double value = axis.step() * i;
            int x = LABELS + (int) Math.round(PLOT * value / axis.top());
            svg.append("<line x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"").append(TOP)
                    .append("\" y2=\"").append(axisY).append("\" stroke=\"#b4b4b4\" stroke-width=\"1\"/>")
                    .append("<text x=\"").append(x).append("\" y=\"").append(axisY + 18)
                    .append("\" font-size=\"" + FONT + "\" text-anchor=\"middle\" fill=\"#1a1a1a\">")
                    .append(format(value, locale)).append("</text>");
        }
        for (int g = 0; g < categories.size(); g++) {
            int y0 = TOP + g * groupHeight + GAP / 2;
            for (int s = 0; s < series.size(); s++) {
                double v = g < series.get(s).values().size() ? series.get(s).values().get(g) : 0;
                int w = (int) Math.round(PLOT * Math.min(Math.max(v, 0), axis.top()) / axis.top());
                svg.append("<rect x=\"").append(LABELS).append("\" y=\"").append(y0 + s * BAR).append("\" width=\"")
                        .append(w).append("\" height=\"").append(BAR - 2).append("\" fill=\"")
                        .append(COLOURS[s % COLOURS.length]).append("\"><title>")
                        .append(escape(series.get(s).name() + " · " + categories.get(g) + ": " + format(v, locale)))
                        .append("</title></rect>");
            }
            svg.append("<text x=\"").append(LABELS - 6).append("\" y=\"").append(y0 + bars * BAR / 2 + 5)
                    .append("\" font-size=\"" + FONT + "\" text-anchor=\"end\" fill=\"#1a1a1a\">")
                    .append(escape(shorten(categories.get(g)))).append("</text>");
        }
        svg.append("<line x1=\"").append(LABELS).append("\" x2=\"").append(LABELS).append("\" y1=\"").append(TOP)
                .append("\" y2=\"").append(axisY).append("\" stroke=\"#1a1a1a\" stroke-width=\"1\"/>");
        for (int s = 0; s < series.size(); s++) {
            int lx = 10 + (s % 3) * 190;
            int ly = legendTop + (s / 3) * 18;
            svg.append("<rect x=\"").append(lx).append("\" y=\"").append(ly - 12)
                    .append("\" width=\"14\" height=\"14\" fill=\"").append(COLOURS[s % COLOURS.length])
                    .append("\"/><text x=\"").append(lx + 20).append("\" y=\"").append(ly)
                    .append("\" font-size=\"" + FONT + "\" fill=\"#1a1a1a\">").append(escape(series.get(s).name()))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** Whole numbers as such, other values with at most two decimals, in the reader's notation (3,25 in Dutch). */
    static String format(double v, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(v == Math.rint(v) ? 0 : 2);
        return f.format(v);
    }

    private static String shorten(String s) {
        return s.length() > 26 ? s.substring(0, 25) + "…" : s;
    }

    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
