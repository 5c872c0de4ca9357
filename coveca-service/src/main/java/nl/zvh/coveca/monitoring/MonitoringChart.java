package nl.zvh.coveca.monitoring;

import java.util.List;

/**
 * Renders a person's monitoring rounds as an inline SVG drawn on the server (no script, allowed by the gateway's
 * Content-Security-Policy): one row per life domain, score 1..5 left to right, one coloured line per round.
 */
public final class MonitoringChart {
    static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"};
    private static final int LABEL = 200;
    private static final int STEP = 70;
    private static final int ROW = 24;
    private static final int TOP = 30;

    private MonitoringChart() {
    }

    public static String svg(String id, MonitoringViews.Trend trend) {
        List<MonitoringViews.DomainTrend> domains = trend.domains();
        int width = LABEL + 5 * STEP + 20;
        int height = TOP + domains.size() * ROW + 30;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"").append(escape(id))
                .append("\" data-rounds=\"").append(trend.rounds().size()).append("\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\">");
        for (int score = 1; score <= 5; score++) {
            int x = x(score);
            svg.append("<line x1=\"").append(x).append("\" y1=\"").append(TOP - 10).append("\" x2=\"").append(x)
                    .append("\" y2=\"").append(height - 25).append("\" stroke=\"#ddd\"/>")
                    .append("<text x=\"").append(x).append("\" y=\"").append(TOP - 14)
                    .append("\" text-anchor=\"middle\" font-size=\"12\">").append(score).append("</text>");
        }
        for (int i = 0; i < domains.size(); i++) {
            svg.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y(i) + 4)
                    .append("\" text-anchor=\"end\" font-size=\"12\">").append(escape(domains.get(i).name()))
                    .append("</text>");
        }
        for (int round = 0; round < trend.rounds().size(); round++) {
            String colour = COLOURS[round % COLOURS.length];
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
                    .append(colour).append("\" stroke-width=\"2\" points=\"").append(points.toString().strip())
                    .append("\"/>").append(dots);
            svg.append("<text x=\"").append(LABEL - 150 + round * 170).append("\" y=\"").append(height - 8)
                    .append("\" font-size=\"12\" fill=\"").append(colour).append("\">")
                    .append(escape("Ronde " + (round + 1) + " (" + trend.rounds().get(round).scoredOn() + ")"))
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
