package nl.zvh.intake.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.zvh.platform.figures.PublishedCounts;
import nl.zvh.platform.figures.SmallCells;

/**
 * The intake figures as the API publishes them ({@link SmallCells}): a withheld count is {@code null} (its share too)
 * and named in {@code suppressed} ({@code outcomes.advices}, {@code perQuarter.Q2.approaches},
 * {@code perMunicipality.Tholen.referrals}, {@code referrerDomains.JUSTICE}, {@code approachesByProgramme.CTER}).
 * Lines (no withheld cell stands alone in one): the outcomes with the referrals; the programmes with the approaches;
 * each quarter's and each municipality's row with its remainder (no action and withdrawn, computable); each column of
 * quarters and of municipalities with the year's figure; the domains and the organisations with the referrals.
 */
public record PublishedIntakeFigures(String house, int year, String municipality, LocalDate on, Long referrals,
        Outcomes outcomes, Map<String, Long> approachesByProgramme, List<Quarter> perQuarter,
        List<MunicipalityRow> perMunicipality, List<Share> referrerDomains, List<Share> referrerOrganisations,
        List<Share> problemAreas, List<String> suppressed) {

    public record Outcomes(Long approaches, Long advices, Long noAction, Long withdrawn, Long untriaged) {
    }

    public record Quarter(String quarter, Long referrals, Long approaches, Long advices, Long untriaged) {
    }

    public record MunicipalityRow(String municipality, Long referrals, Long approaches, Long advices, Long untriaged) {
    }

    /** A part of the referrals; count and percentage {@code null} when withheld. */
    public record Share(String key, Long referrals, BigDecimal percent) {
    }

    private static final String[] COLUMNS = {"referrals", "approaches", "advices", "untriaged"};

    static PublishedIntakeFigures of(IntakeFigures f, SmallCells rule) {
        PublishedCounts c = new PublishedCounts(rule);
        IntakeFigures.Outcomes o = f.outcomes();
        long[] year = {f.referrals(), o.approaches(), o.advices(), o.untriaged()};
        c.line(named("",
                new String[]{"referrals", "outcomes.approaches", "outcomes.advices", "outcomes.noAction",
                        "outcomes.withdrawn", "outcomes.untriaged"},
                f.referrals(), o.approaches(), o.advices(), o.noAction(), o.withdrawn(), o.untriaged()));
        Map<String, Long> programmes = new LinkedHashMap<>(Map.of("outcomes.approaches", o.approaches()));
        f.approachesByProgramme().forEach((p, n) -> programmes.put("approachesByProgramme." + p, n));
        c.line(programmes);
        grid(c, "perQuarter.", f.perQuarter().stream()
                .map(q -> new Row(q.quarter(), q.referrals(), q.approaches(), q.advices(), q.untriaged())).toList(),
                year);
        grid(c, "perMunicipality.",
                f.perMunicipality().stream()
                        .map(m -> new Row(m.municipality(), m.referrals(), m.approaches(), m.advices(), m.untriaged()))
                        .toList(),
                year);
        shares(c, "referrerDomains.", f.referrerDomains(), f.referrals());
        shares(c, "referrerOrganisations.", f.referrerOrganisations(), f.referrals());
        f.problemAreas().forEach(s -> c.cell("problemAreas." + s.key(), s.referrals()));
        return new PublishedIntakeFigures(f.house(), f.year(), f.municipality(), f.on(), c.get("referrals"),
                new Outcomes(c.get("outcomes.approaches"), c.get("outcomes.advices"), c.get("outcomes.noAction"),
                        c.get("outcomes.withdrawn"), c.get("outcomes.untriaged")),
                programmes(c, f.approachesByProgramme()),
                f.perQuarter().stream()
                        .map(q -> new Quarter(q.quarter(), c.get("perQuarter." + q.quarter() + ".referrals"),
                                c.get("perQuarter." + q.quarter() + ".approaches"),
                                c.get("perQuarter." + q.quarter() + ".advices"),
                                c.get("perQuarter." + q.quarter() + ".untriaged")))
                        .toList(),
                f.perMunicipality().stream().map(m -> {
                    String k = "perMunicipality." + m.municipality() + ".";
                    return new MunicipalityRow(m.municipality(), c.get(k + "referrals"), c.get(k + "approaches"),
                            c.get(k + "advices"), c.get(k + "untriaged"));
                }).toList(), published(c, "referrerDomains.", f.referrerDomains()),
                published(c, "referrerOrganisations.", f.referrerOrganisations()),
                published(c, "problemAreas.", f.problemAreas()), c.suppressed());
    }

    private record Row(String key, long referrals, long approaches, long advices, long untriaged) {
        long get(int column) {
            return new long[]{referrals, approaches, advices, untriaged}[column];
        }
    }

    /** Each row with its computable remainder, each column with the year's figure. */
    private static void grid(PublishedCounts c, String prefix, List<Row> rows, long[] year) {
        for (Row r : rows) {
            String k = prefix + r.key() + ".";
            c.line(named(k, COLUMNS, r.referrals(), r.approaches(), r.advices(), r.untriaged()));
            c.line(Map.of(k + "referrals", r.referrals(), PublishedCounts.UNPUBLISHED + k + "rest",
                    r.referrals() - r.approaches() - r.advices() - r.untriaged()));
        }
        for (int col = 0; col < COLUMNS.length; col++) {
            Map<String, Long> column = new LinkedHashMap<>();
            column.put(col == 0 ? "referrals" : "outcomes." + COLUMNS[col], year[col]);
            for (Row r : rows) {
                column.put(prefix + r.key() + "." + COLUMNS[col], r.get(col));
            }
            c.line(column);
        }
    }

    private static void shares(PublishedCounts c, String prefix, List<IntakeFigures.Share> shares, long total) {
        Map<String, Long> line = new LinkedHashMap<>(Map.of("referrals", total));
        shares.forEach(s -> line.put(prefix + s.key(), s.referrals()));
        c.line(line);
    }

    private static List<Share> published(PublishedCounts c, String prefix, List<IntakeFigures.Share> shares) {
        return shares.stream().map(s -> {
            Long n = c.get(prefix + s.key());
            return new Share(s.key(), n, n == null ? null : s.percent());
        }).toList();
    }

    private static Map<String, Long> programmes(PublishedCounts c, Map<String, Long> exact) {
        Map<String, Long> out = new LinkedHashMap<>();
        exact.keySet().forEach(p -> out.put(p, c.get("approachesByProgramme." + p)));
        return out;
    }

    private static Map<String, Long> named(String prefix, String[] names, long... counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            out.put(prefix + names[i], counts[i]);
        }
        return out;
    }
}
