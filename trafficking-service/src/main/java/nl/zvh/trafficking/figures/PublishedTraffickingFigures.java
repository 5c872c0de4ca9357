package nl.zvh.trafficking.figures;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.zvh.platform.figures.PublishedCounts;
import nl.zvh.platform.figures.SmallCells;

/**
 * The trafficking figures as the API publishes them ({@link SmallCells}): a withheld count is {@code null} (its
 * percentage too) and named in {@code suppressed} ({@code signals}, {@code primaryExploitationTypes.LABOUR},
 * {@code outcomes.ADVICE}, {@code minors.minors}, {@code shelter.placements}, {@code perMunicipality.Goes.minors},
 * {@code signalsTable.2.signalsDiscussed}). Lines (no withheld cell stands alone in one): the signals with the primary
 * types, with the types named (a signal may name several: no partition, protected as one), with the outcomes, with the sources, with minors/adults/unknown, with those reported to the national centre;
 * the shelter requests with placements and refusals, the placements with the categorical ones; each municipality's
 * row with its remainders, each column of municipalities with the year's figure; the quarters' signals discussed.
 * Signals table sessions and awareness sessions count meetings, not persons, and are published as they are.
 */
public record PublishedTraffickingFigures(String house, int year, String municipality, Long signals,
        String countingRule, List<TypeCount> exploitationTypes, List<TypeCount> primaryExploitationTypes,
        List<Share> outcomes, List<Share> sourceOrganisations, Minors minors, Shelter shelter,
        Long reportedToNationalCentre, List<MunicipalityFigures> perMunicipality,
        List<SignalsTableQuarter> signalsTable, Figures.Awareness awareness, List<String> suppressed) {

    public record TypeCount(String type, Long signals, BigDecimal percent) {
    }

    public record Share(String key, Long signals, BigDecimal percent) {
    }

    public record Minors(Long minors, Long adults, Long unknown) {
    }

    public record Shelter(Long requests, Long placements, Long categoricalPlacements, Long refusals) {
    }

    public record SignalsTableQuarter(int quarter, long sessions, Long signalsDiscussed) {
    }

    public record MunicipalityFigures(String municipality, Long signals, Long advices, Long approaches, Long minors) {
    }

    private static final String REST = PublishedCounts.UNPUBLISHED;
    private static final String[] COLUMNS = {"signals", "advices", "approaches", "minors"};
    private static final String[] TOTALS = {"signals", "outcomes.ADVICE", "outcomes.COORDINATED_APPROACH",
            "minors.minors"};

    static PublishedTraffickingFigures of(Figures f, SmallCells rule) {
        PublishedCounts c = new PublishedCounts(rule);
        long total = f.signals();
        c.line(types(total, "primaryExploitationTypes.", f.primaryExploitationTypes()));
        c.line(shares(total, "outcomes.", f.outcomes()));
        c.line(shares(total, "sourceOrganisations.", f.sourceOrganisations()));
        Figures.Minors m = f.minors();
        c.line(named("", new String[]{"signals", "minors.minors", "minors.adults", "minors.unknown"}, total, m.minors(),
                m.adults(), m.unknown()));
        c.line(named("", new String[]{"signals", "reportedToNationalCentre", REST + "notReported"}, total,
                f.reportedToNationalCentre(), total - f.reportedToNationalCentre()));
        Figures.Shelter s = f.shelter();
        c.line(named("shelter.", new String[]{"requests", "placements", "refusals", REST + "open"}, s.requests(),
                s.placements(), s.refusals(), s.requests() - s.placements() - s.refusals()));
        c.line(named("shelter.", new String[]{"placements", "categoricalPlacements", REST + "otherPlacements"},
                s.placements(), s.categoricalPlacements(), s.placements() - s.categoricalPlacements()));
        // a signal may name several types: not a partition, but protected as one (7 signals, 5 of labour, gives 2)
        c.line(types(total, "exploitationTypes.", f.exploitationTypes()));
        municipalities(c, f.perMunicipality(), new long[]{total, count(f.outcomes(), "ADVICE"),
                count(f.outcomes(), "COORDINATED_APPROACH"), m.minors()});
        Map<String, Long> discussed = new LinkedHashMap<>();
        f.signalsTable().forEach(q -> discussed.put(discussed(q.quarter()), q.signalsDiscussed()));
        c.line(discussed);
        Long signals = c.get("signals");
        return new PublishedTraffickingFigures(f.house(), f.year(), f.municipality(), signals, f.countingRule(),
                f.exploitationTypes().stream().map(t -> type(c, signals, "exploitationTypes.", t)).toList(),
                f.primaryExploitationTypes().stream().map(t -> type(c, signals, "primaryExploitationTypes.", t))
                        .toList(),
                published(c, signals, "outcomes.", f.outcomes()),
                published(c, signals, "sourceOrganisations.", f.sourceOrganisations()),
                new Minors(c.get("minors.minors"), c.get("minors.adults"), c.get("minors.unknown")),
                new Shelter(c.get("shelter.requests"), c.get("shelter.placements"),
                        c.get("shelter.categoricalPlacements"), c.get("shelter.refusals")),
                c.get("reportedToNationalCentre"), f.perMunicipality().stream().map(r -> {
                    String k = "perMunicipality." + r.municipality() + ".";
                    return new MunicipalityFigures(r.municipality(), c.get(k + "signals"), c.get(k + "advices"),
                            c.get(k + "approaches"), c.get(k + "minors"));
                }).toList(),
                f.signalsTable().stream()
                        .map(q -> new SignalsTableQuarter(q.quarter(), q.sessions(), c.get(discussed(q.quarter()))))
                        .toList(),
                f.awareness(), c.suppressed());
    }

    /** Each municipality's row with what it leaves (undecided, adults), each column with the year's figure. */
    private static void municipalities(PublishedCounts c, List<Figures.MunicipalityFigures> rows, long[] year) {
        for (Figures.MunicipalityFigures r : rows) {
            String k = "perMunicipality." + r.municipality() + ".";
            c.line(named(k, new String[]{"signals", "advices", "approaches", REST + "undecided"}, r.signals(),
                    r.advices(), r.approaches(), r.signals() - r.advices() - r.approaches()));
            c.line(named(k, new String[]{"signals", "minors", REST + "notMinor"}, r.signals(), r.minors(),
                    r.signals() - r.minors()));
        }
        for (int col = 0; col < COLUMNS.length; col++) {
            Map<String, Long> column = new LinkedHashMap<>();
            column.put(TOTALS[col], year[col]);
            for (Figures.MunicipalityFigures r : rows) {
                column.put("perMunicipality." + r.municipality() + "." + COLUMNS[col],
                        new long[]{r.signals(), r.advices(), r.approaches(), r.minors()}[col]);
            }
            c.line(column);
        }
    }

    private static long count(List<Figures.Share> shares, String key) {
        return shares.stream().filter(s -> s.key().equals(key)).mapToLong(Figures.Share::signals).sum();
    }

    private static String discussed(int quarter) {
        return "signalsTable." + quarter + ".signalsDiscussed";
    }

    private static Map<String, Long> types(long total, String prefix, List<Figures.TypeCount> types) {
        Map<String, Long> line = new LinkedHashMap<>(Map.of("signals", total));
        types.forEach(t -> line.put(prefix + t.type(), t.signals()));
        return line;
    }

    private static Map<String, Long> shares(long total, String prefix, List<Figures.Share> shares) {
        Map<String, Long> line = new LinkedHashMap<>(Map.of("signals", total));
        shares.forEach(s -> line.put(prefix + s.key(), s.signals()));
        long rest = total - shares.stream().mapToLong(Figures.Share::signals).sum();
        line.put(REST + prefix + "rest", rest);
        return line;
    }

    /** A count and its percentage of the signals; both {@code null} when the count or the signals are withheld. */
    private static TypeCount type(PublishedCounts c, Long signals, String prefix, Figures.TypeCount t) {
        Long n = c.get(prefix + t.type());
        return new TypeCount(t.type(), n, n == null || signals == null ? null : t.percent());
    }

    private static List<Share> published(PublishedCounts c, Long signals, String prefix, List<Figures.Share> shares) {
        return shares.stream().map(s -> {
            Long n = c.get(prefix + s.key());
            return new Share(s.key(), n, n == null || signals == null ? null : s.percent());
        }).toList();
    }

    private static Map<String, Long> named(String prefix, String[] names, long... counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            out.put(prefix + names[i], counts[i]);
        }
        return out;
    }
}
