package nl.zvh.coveca.monitoring;

import java.util.List;

/**
 * Renders a person's monitoring rounds as an inline SVG drawn on the server (no script and no style attributes, so
 * the gateway's Content-Security-Policy allows it): one row per life domain, the whole-number score 1..5 left to
 * right, one line per round. Rounds differ in colour (each at least 3:1 against white) and in dash pattern, and the
 * legend names them in text, so colour is never the only cue. The page puts the same scores in a table next to it.
 */
public final class MonitoringChart {
    static final String[] COLOURS = {"#1f5fa8", "#b3261e", "#1e7a34", "#6b3fa0", "#a35200", "#4d4d4d"};
    static final String[] DASHES = {"", "8 4", "2 4", "10 4 2 4", "4 4", "1 3"};
    private static final int LABEL = 210;
    private static final int STEP = 70;
    private static final int ROW = 24;
    private static final int TOP = 30;
    private static final int LEGEND_ROW = 20;

    private MonitoringChart() {
    }

    /**
     * @param id          the element id of the SVG
     * @param trend       the person's rounds and scores per life domain
     * @param domainNames the life domains' names in the reader's language, in the order of {@code trend.domains()}
     * @param roundNames  the rounds' names in the reader's language ("Ronde 1: 6 december 2026"), in round order
     * @param title       the chart's accessible name
     */
    public static String svg(String id, MonitoringViews.Trend trend, List<String> domainNames,
                             List<String> roundNames, String title) {
        List<MonitoringViews.DomainTrend> domains = trend.domains();
        int rounds = trend.rounds().size();
        int width = LABEL + 4 * STEP + 40;
        int plotBottom = TOP + domains.size() * ROW;
        int height = plotBottom + 16 + rounds * LEGEND_ROW + 8;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"").append(escape(id))
                .append("\" data-rounds=\"").append(rounds).append("\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\" aria-labelledby=\"").append(escape(id)).append("-title\">")
                .append("<title id=\"").append(escape(id)).append("-title\">").append(escape(title))
                .append("</title>");
        for (int i = 0; i < domains.size(); i++) {
            if (i % 2 == 0) {
                svg.append("<rect x=\"0\" y=\"").append(y(i) - ROW / 2).append("\" width=\"").append(width)
                        .append("\" height=\"").append(ROW).append("\" fill=\"#f3f3f3\"/>");
            }
        }
        for (int score = 1; score <= 5; score++) {
            int x = x(score);
            svg.append("<line x1=\"").append(x).append("\" y1=\"").append(TOP - 10).append("\" x2=\"").append(x)
                    .append("\" y2=\"").append(plotBottom).append("\" stroke=\"#b0b0b0\"/>")
                    .append("<text x=\"").append(x).append("\" y=\"").append(TOP - 14)
                    .append("\" text-anchor=\"middle\" font-size=\"13\" fill=\"#1a1a1a\">").append(score)
                    .append("</text>");
        }
        for (int i = 0; i < domains.size(); i++) {
            String name = i < domainNames.size() ? domainNames.get(i) : domains.get(i).name();
            svg.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y(i) + 4)
                    .append("\" text-anchor=\"end\" font-size=\"13\" fill=\"#1a1a1a\">").append(escape(name))
                    .append("</text>");
        }
        for (int round = 0; round < rounds; round++) {
            String colour = COLOURS[round % COLOURS.length];
            String dash = DASHES[round % DASHES.length];
            StringBuilder points = new StringBuilder();
            StringBuilder dots = new StringBuilder();
            for (int i = 0; i < domains.size(); i++) {
                Integer score = domains.get(i).scores().get(round);
                if (score == null) {
                    continue;
                }
                points.append(x(score)).append(',').append(y(i)).append(' ');
                dots.append("<circle class=\"score round-").append(round + 1).append("\" cx=\"").append(x(score))
                        .append("\" cy=\"").append(y(i)).append("\" r=\"4\" fill=\"").append(colour).append("\"/>");
            }
            svg.append("<polyline class=\"round\" data-round=\"").append(round + 1).append("\" fill=\"none\" stroke=\"")
                    .append(colour).append("\" stroke-width=\"2\"");
            if (!dash.isEmpty()) {
                svg.append(" stroke-dasharray=\"").append(dash).append('"');
            }
            svg.append(" points=\"").append(points.toString().strip()).append("\"/>").append(dots);
            int legendY = plotBottom + 16 + round * LEGEND_ROW;
            svg.append("<line x1=\"").append(LABEL - 150).append("\" y1=\"").append(legendY).append("\" x2=\"")
                    .append(LABEL - 110).append("\" y2=\"").append(legendY).append("\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"3\"");
            if (!dash.isEmpty()) {
                svg.append(" stroke-dasharray=\"").append(dash).append('"');
            }
            svg.append("/><text x=\"").append(LABEL - 100).append("\" y=\"").append(legendY + 4)
                    .append("\" font-size=\"13\" fill=\"#1a1a1a\">")
                    .append(escape(round < roundNames.size() ? roundNames.get(round) : String.valueOf(round + 1)))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static int x(int score) {
        return LABEL + (score - 1) * STEP + 20;
    }

    private static int y(int row) {
        return TOP + row * ROW + 10;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
