package nl.zvh.reintegration.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.zvh.platform.figures.PublishedCounts;
import nl.zvh.platform.figures.SmallCells;

/**
 * The re-integration figures as the API publishes them ({@link SmallCells}): a withheld count is {@code null} and
 * named in its row's {@code suppressed}. Lines: a row's releases with those ready and those not ready (computable);
 * each figure's column over the municipalities of one year.
 */
public final class PublishedRows {
    private static final String[] FIGURES = {"detentions", "releases", "releasedWithAllConditionsArranged",
            "escalations"};

    /** One municipality in one year; {@code suppressed} names this row's withheld figures. */
    public record MunicipalityYear(String municipality, int year, Long detentions, Long releases,
            Long releasedWithAllConditionsArranged, Long escalations, List<String> suppressed) {
    }

    private PublishedRows() {
    }

    static List<MunicipalityYear> of(List<FiguresResource.MunicipalityYear> rows, SmallCells rule) {
        PublishedCounts c = new PublishedCounts(rule);
        Map<String, Map<String, Long>> columns = new LinkedHashMap<>();
        for (FiguresResource.MunicipalityYear r : rows) {
            String k = r.year() + "." + r.municipality() + ".";
            long[] v = values(r);
            for (int i = 0; i < FIGURES.length; i++) {
                c.cell(k + FIGURES[i], v[i]);
                columns.computeIfAbsent(r.year() + "." + FIGURES[i], x -> new LinkedHashMap<>()).put(k + FIGURES[i],
                        v[i]);
            }
            c.line(Map.of(k + "releases", r.releases(), k + "releasedWithAllConditionsArranged",
                    r.releasedWithAllConditionsArranged(), PublishedCounts.UNPUBLISHED + k + "notReady",
                    r.releases() - r.releasedWithAllConditionsArranged()));
        }
        columns.values().forEach(c::line);
        List<String> withheld = c.suppressed();
        return rows.stream().map(r -> {
            String k = r.year() + "." + r.municipality() + ".";
            List<String> mine = withheld.stream().filter(n -> n.startsWith(k)).map(n -> n.substring(k.length()))
                    .toList();
            return new MunicipalityYear(r.municipality(), r.year(), c.get(k + FIGURES[0]), c.get(k + FIGURES[1]),
                    c.get(k + FIGURES[2]), c.get(k + FIGURES[3]), mine);
        }).toList();
    }

    private static long[] values(FiguresResource.MunicipalityYear r) {
        return new long[]{r.detentions(), r.releases(), r.releasedWithAllConditionsArranged(), r.escalations()};
    }
}
