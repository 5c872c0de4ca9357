package nl.zvh.platform.ui.chart;

import static nl.zvh.platform.ui.chart.SvgCharts.escape;

import java.util.List;

/** The layout of {@link SvgCharts#profile}: rows of categories, a whole-number scale, a line per series. */
final class ProfileChart {
    private static final int LABEL = 210;
    private static final int STEP = 70;
    private static final int ROW = 24;
    private static final int TOP = 30;
    private static final int LEGEND_ROW = 20;

    private final String id;
    private final List<String> rows;
    private final List<String> seriesNames;
    private final List<List<Integer>> values;
    private final int min;
    private final int max;

    ProfileChart(String id, List<String> rows, List<String> seriesNames, List<List<Integer>> values, int min, int max) {
        this.id = escape(id);
        this.rows = rows;
        this.seriesNames = seriesNames;
        this.values = values;
        this.min = min;
        this.max = max;
    }

    String render(String title) {
        int series = seriesNames.size();
        int width = LABEL + (max - min) * STEP + 40;
        int plotBottom = TOP + rows.size() * ROW;
        int height = plotBottom + 16 + series * LEGEND_ROW + 8;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"").append(id)
                .append("\" data-rounds=\"").append(series).append("\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title\">").append("<title id=\"")
                .append(id).append("-title\">").append(escape(title)).append("</title>");
        for (int i = 0; i < rows.size(); i += 2) {
            svg.append("<rect x=\"0\" y=\"").append(y(i) - ROW / 2).append("\" width=\"").append(width)
                    .append("\" height=\"").append(ROW).append("\" fill=\"#f3f3f3\"/>");
        }
        for (int value = min; value <= max; value++) {
            int x = x(value);
            svg.append("<line x1=\"").append(x).append("\" y1=\"").append(TOP - 10).append("\" x2=\"").append(x)
                    .append("\" y2=\"").append(plotBottom).append("\" stroke=\"#b0b0b0\"/>").append("<text x=\"")
                    .append(x).append("\" y=\"").append(TOP - 14)
                    .append("\" text-anchor=\"middle\" font-size=\"13\" fill=\"#1a1a1a\">").append(value)
                    .append("</text>");
        }
        for (int i = 0; i < rows.size(); i++) {
            svg.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y(i) + 4)
                    .append("\" text-anchor=\"end\" font-size=\"13\" fill=\"#1a1a1a\">").append(escape(rows.get(i)))
                    .append("</text>");
        }
        for (int s = 0; s < series; s++) {
            line(svg, s, plotBottom);
        }
        return svg.append("</svg>").toString();
    }

    private void line(StringBuilder svg, int s, int plotBottom) {
        String colour = SvgCharts.LINE_COLOURS[s % SvgCharts.LINE_COLOURS.length];
        String dash = SvgCharts.DASHES[s % SvgCharts.DASHES.length];
        StringBuilder points = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            List<Integer> row = i < values.size() ? values.get(i) : List.of();
            Integer value = s < row.size() ? row.get(s) : null;
            if (value == null) {
                continue;
            }
            points.append(x(value)).append(',').append(y(i)).append(' ');
            dots.append("<circle class=\"score round-").append(s + 1).append("\" cx=\"").append(x(value))
                    .append("\" cy=\"").append(y(i)).append("\" r=\"4\" fill=\"").append(colour).append("\"/>");
        }
        svg.append("<polyline class=\"round\" data-round=\"").append(s + 1).append("\" fill=\"none\" stroke=\"")
                .append(colour).append("\" stroke-width=\"2\"").append(dash(dash)).append(" points=\"")
                .append(points.toString().strip()).append("\"/>").append(dots);
        int legendY = plotBottom + 16 + s * LEGEND_ROW;
        svg.append("<line x1=\"").append(LABEL - 150).append("\" y1=\"").append(legendY).append("\" x2=\"")
                .append(LABEL - 110).append("\" y2=\"").append(legendY).append("\" stroke=\"").append(colour)
                .append("\" stroke-width=\"3\"").append(dash(dash)).append("/><text x=\"").append(LABEL - 100)
                .append("\" y=\"").append(legendY + 4).append("\" font-size=\"13\" fill=\"#1a1a1a\">")
                .append(escape(seriesNames.get(s))).append("</text>");
    }

    private static String dash(String pattern) {
        return pattern.isEmpty() ? "" : " stroke-dasharray=\"" + pattern + "\"";
    }

    private int x(int value) {
        return LABEL + (value - min) * STEP + 20;
    }

    private static int y(int row) {
        return TOP + row * ROW + 10;
    }
}
