package nl.zvh.coveca.monitoring;

import java.util.ArrayList;
import java.util.List;
import nl.zvh.platform.ui.chart.SvgCharts;

/**
 * A person's monitoring rounds as the platform's profile chart ({@link SvgCharts#profile}): one row per life domain,
 * the whole-number score 1..5 left to right, one line per round, named in the legend. The page puts the same scores
 * in a table next to it.
 */
public final class MonitoringChart {
    private MonitoringChart() {
    }

    /**
     * @param id          the element id of the SVG
     * @param trend       the person's rounds and scores per life domain
     * @param domainNames the life domains' names in the reader's language, in the order of {@code trend.domains()}
     * @param roundNames  the rounds' names in the reader's language ("Ronde 1: 6 december 2026"), in round order
     * @param title       the chart's accessible name
     */
    public static String svg(String id, MonitoringViews.Trend trend, List<String> domainNames, List<String> roundNames,
            String title) {
        List<MonitoringViews.DomainTrend> domains = trend.domains();
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < domains.size(); i++) {
            rows.add(i < domainNames.size() ? domainNames.get(i) : domains.get(i).name());
        }
        List<String> series = new ArrayList<>();
        for (int round = 0; round < trend.rounds().size(); round++) {
            series.add(round < roundNames.size() ? roundNames.get(round) : String.valueOf(round + 1));
        }
        return SvgCharts.profile(id, title, rows, series,
                domains.stream().map(MonitoringViews.DomainTrend::scores).toList(), 1, 5);
    }
}
