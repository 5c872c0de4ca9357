package nl.zvh.coveca.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.zvh.platform.figures.PublishedCounts;
import nl.zvh.platform.figures.SmallCells;

/**
 * The CoVeCa figures as the API publishes them ({@link SmallCells}): a withheld count is {@code null} and named in
 * {@code suppressed} ({@code approachesPerQuarter.2026-Q2.started}, {@code closureReasons.STABLE},
 * {@code lifeDomainAverages.1.FINANCES.n}, {@code minors}); an average over a withheld number of persons is
 * {@code null} too. Lines (no withheld cell stands alone in one): the cases started in the period (computable as the
 * sum of the main persons' genders) with the quarters' starts, with the genders, with the age bands (and those
 * without a date of birth) and with the sources ({@code casesStartedPerSource.HANDOVER}: taken over from another
 * house); the closure reasons; the persons per sub-approach; the meetings per sub-approach; per
 * year the municipalities' groups, subgroups and members ({@code groups.2026.Den Haag.members}). Cells on their
 * own: the cases active on 1 January and on 31 December of the year ({@code activeOnJanuary1},
 * {@code activeOnDecember31}; null for all years and when withheld).
 */
public record PublishedCovecaFigures(String house, List<Quarter> approachesPerQuarter,
        Map<String, Long> uniquePersonsPerSubApproach, Map<String, Long> meetingsPerSubApproach,
        List<DomainAverage> lifeDomainAverages, Map<String, Long> closureReasons,
        Map<String, Long> ageBandsOfMainPersons, Long minors, Map<String, Long> genderOfMainPersons,
        Long casesCrossingMunicipalityBorders, List<GroupYear> groups, Map<String, Long> casesStartedPerSource,
        Long activeOnJanuary1, Long activeOnDecember31, List<String> suppressed) {

    /** Approaches started in a quarter and active during it; {@code null} when withheld. */
    public record Quarter(String quarter, Long started, Long active) {
    }

    /** A life domain's average in a round; average and n {@code null} when too few persons were scored. */
    public record DomainAverage(int round, String lifeDomain, Double average, Long n) {
    }

    /** Groups, subgroups and members of a year and municipality; each {@code null} when withheld. */
    public record GroupYear(int year, String municipality, Long groups, Long subgroups, Long members) {
    }

    private static final String[] GROUP_COUNTS = {"groups", "subgroups", "members"};

    private static final String STARTED = PublishedCounts.UNPUBLISHED + "started";

    static PublishedCovecaFigures of(FiguresView f, SmallCells rule) {
        PublishedCounts c = new PublishedCounts(rule);
        long started = f.genderOfMainPersons().values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> quarters = new LinkedHashMap<>(Map.of(STARTED, started));
        f.approachesPerQuarter().forEach(q -> {
            quarters.put(quarter(q.quarter()) + "started", q.started());
            c.cell(quarter(q.quarter()) + "active", q.active());
        });
        c.line(quarters);
        c.line(line(STARTED, started, "genderOfMainPersons.", f.genderOfMainPersons()));
        Map<String, Long> ages = line(STARTED, started, "ageBandsOfMainPersons.", f.ageBandsOfMainPersons());
        ages.put(PublishedCounts.UNPUBLISHED + "noBirthDate",
                started - f.ageBandsOfMainPersons().values().stream().mapToLong(Long::longValue).sum());
        c.line(ages);
        c.line(line(STARTED, started, "casesStartedPerSource.", f.casesStartedPerSource()));
        c.line(line(null, 0, "closureReasons.", f.closureReasons()));
        c.line(line(null, 0, "uniquePersonsPerSubApproach.", f.uniquePersonsPerSubApproach()));
        c.line(line(null, 0, "meetingsPerSubApproach.", f.meetingsPerSubApproach()));
        f.lifeDomainAverages().forEach(a -> c.cell(average(a), a.n()));
        c.cell("minors", f.minors());
        c.cell("casesCrossingMunicipalityBorders", f.casesCrossingMunicipalityBorders());
        if (f.activeOnJanuary1() != null) {
            c.cell("activeOnJanuary1", f.activeOnJanuary1());
        }
        if (f.activeOnDecember31() != null) {
            c.cell("activeOnDecember31", f.activeOnDecember31());
        }
        groupLines(c, f.groups());
        return new PublishedCovecaFigures(f.house(),
                f.approachesPerQuarter().stream()
                        .map(q -> new Quarter(q.quarter(), c.get(quarter(q.quarter()) + "started"),
                                c.get(quarter(q.quarter()) + "active")))
                        .toList(),
                published(c, "uniquePersonsPerSubApproach.", f.uniquePersonsPerSubApproach()),
                published(c, "meetingsPerSubApproach.", f.meetingsPerSubApproach()),
                f.lifeDomainAverages().stream().map(a -> {
                    Long n = c.get(average(a));
                    return new DomainAverage(a.round(), a.lifeDomain(), n == null ? null : a.average(), n);
                }).toList(), published(c, "closureReasons.", f.closureReasons()),
                published(c, "ageBandsOfMainPersons.", f.ageBandsOfMainPersons()), c.get("minors"),
                published(c, "genderOfMainPersons.", f.genderOfMainPersons()),
                c.get("casesCrossingMunicipalityBorders"),
                f.groups().stream()
                        .map(g -> new GroupYear(g.year(), g.municipality(), c.get(group(g, "groups")),
                                c.get(group(g, "subgroups")), c.get(group(g, "members"))))
                        .toList(),
                published(c, "casesStartedPerSource.", f.casesStartedPerSource()),
                f.activeOnJanuary1() == null ? null : c.get("activeOnJanuary1"),
                f.activeOnDecember31() == null ? null : c.get("activeOnDecember31"), c.suppressed());
    }

    /** A year's municipalities are the parts of its total, per count: one line per year and count. */
    private static void groupLines(PublishedCounts c, List<FiguresView.GroupYear> groups) {
        groups.stream().map(FiguresView.GroupYear::year).distinct().forEach(year -> {
            for (String count : GROUP_COUNTS) {
                Map<String, Long> line = new LinkedHashMap<>();
                groups.stream().filter(g -> g.year() == year).forEach(g -> line.put(group(g, count), switch (count) {
                    case "groups" -> g.groups();
                    case "subgroups" -> g.subgroups();
                    default -> g.members();
                }));
                c.line(line);
            }
        });
    }

    private static String group(FiguresView.GroupYear g, String count) {
        return "groups." + g.year() + "." + g.municipality() + "." + count;
    }

    private static String quarter(String quarter) {
        return "approachesPerQuarter." + quarter + ".";
    }

    private static String average(FiguresView.DomainAverage a) {
        return "lifeDomainAverages." + a.round() + "." + a.lifeDomain() + ".n";
    }

    /** The parts of one total under their names, preceded by the total when it is given. */
    private static Map<String, Long> line(String total, long count, String prefix, Map<String, Long> parts) {
        Map<String, Long> line = new LinkedHashMap<>();
        if (total != null) {
            line.put(total, count);
        }
        parts.forEach((k, n) -> line.put(prefix + k, n));
        return line;
    }

    private static Map<String, Long> published(PublishedCounts c, String prefix, Map<String, Long> exact) {
        Map<String, Long> out = new LinkedHashMap<>();
        exact.keySet().forEach(k -> out.put(k, c.get(prefix + k)));
        return out;
    }
}
