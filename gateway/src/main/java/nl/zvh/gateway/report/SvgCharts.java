package nl.zvh.gateway.report;

import java.util.List;
import java.util.Locale;

/** Grouped bar charts as inline SVG: categories along the x axis, one bar per series in each category. */
public final class SvgCharts {
    static final String[] COLOURS = {"#01689b", "#e17000", "#39870c", "#a90061", "#8fcae7", "#ffb612", "#673327"};
    private static final int HEIGHT = 240;
    private static final int TOP = 20;
    private static final int BOTTOM = 60;
    private static final int LEFT = 48;

    private SvgCharts() {
    }

    /** One series of values, one per category. */
    public record Series(String name, List<Double> values) {
    }

    public static String bars(String title, List<String> categories, List<Series> series) {
        int groups = Math.max(1, categories.size());
        int barWidth = Math.max(6, Math.min(28, 420 / (groups * Math.max(1, series.size()))));
        int groupWidth = barWidth * series.size() + 12;
        int width = LEFT + groups * groupWidth + 20;
        double max = series.stream().flatMap(s -> s.values().stream()).mapToDouble(Double::doubleValue).max()
                .orElse(0);
        double top = niceCeiling(max);
        int plot = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"chart\" viewBox=\"0 0 ")
                .append(width).append(' ').append(HEIGHT + 20 * ((series.size() + 2) / 3)).append("\" width=\"")
                .append(width).append("\"><title>").append(escape(title)).append("</title>");
        for (int i = 0; i <= 4; i++) {
            double value = top * i / 4;
            int y = TOP + plot - (int) Math.round(plot * i / 4.0);
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(width - 10).append("\" y1=\"").append(y)
                    .append("\" y2=\"").append(y).append("\" stroke=\"#ddd\"/>")
                    .append("<text x=\"").append(LEFT - 4).append("\" y=\"").append(y + 4)
                    .append("\" font-size=\"10\" text-anchor=\"end\">").append(format(value)).append("</text>");
        }
        for (int g = 0; g < categories.size(); g++) {
            int x0 = LEFT + g * groupWidth + 6;
            for (int s = 0; s < series.size(); s++) {
                double v = g < series.get(s).values().size() ? series.get(s).values().get(g) : 0;
                int h = top == 0 ? 0 : (int) Math.round(plot * v / top);
                svg.append("<rect x=\"").append(x0 + s * barWidth).append("\" y=\"").append(TOP + plot - h)
                        .append("\" width=\"").append(barWidth - 2).append("\" height=\"").append(h)
                        .append("\" fill=\"").append(COLOURS[s % COLOURS.length]).append("\"><title>")
                        .append(escape(series.get(s).name() + " · " + categories.get(g) + ": " + format(v)))
                        .append("</title></rect>");
            }
            int cx = x0 + barWidth * series.size() / 2;
            svg.append("<text x=\"").append(cx).append("\" y=\"").append(TOP + plot + 14)
                    .append("\" font-size=\"10\" text-anchor=\"end\" transform=\"rotate(-30 ").append(cx).append(' ')
                    .append(TOP + plot + 14).append(")\">").append(escape(shorten(categories.get(g)))).append("</text>");
        }
        for (int s = 0; s < series.size(); s++) {
            int lx = LEFT + (s % 3) * 150;
            int ly = HEIGHT + 4 + (s / 3) * 18;
            svg.append("<rect x=\"").append(lx).append("\" y=\"").append(ly - 9).append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(COLOURS[s % COLOURS.length]).append("\"/><text x=\"").append(lx + 14).append("\" y=\"")
                    .append(ly).append("\" font-size=\"11\">").append(escape(series.get(s).name())).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    static double niceCeiling(double max) {
        if (max <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= max) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String shorten(String s) {
        return s.length() > 18 ? s.substring(0, 17) + "…" : s;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
