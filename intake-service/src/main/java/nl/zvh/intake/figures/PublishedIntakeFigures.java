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
        List<Share> problemAreas, Questions questions, List<String> suppressed) {

    /**
     * Advice and information questions of the year (issue 24): asked (= advice + information), answered, became a
     * referral, minutes spent; the year's and each municipality's. A withheld count is {@code null} and named in
     * {@code suppressed} ({@code questions.advice}, {@code questions.perMunicipality.Tholen.answered}); the minutes
     * of a row whose number of questions is withheld are withheld too.
     */
    public record Questions(Long asked, Long advice, Long information, Long answered, Long becameReferral,
            Long minutesSpent, List<QuestionRow> perMunicipality) {
    }

    /** One municipality's questions. */
    public record QuestionRow(String municipality, Long asked, Long advice, Long information, Long answered,
            Long becameReferral, Long minutesSpent) {
    }

    private static final String[] QUESTION_COLUMNS = {"asked", "advice", "information", "answered", "becameReferral"};

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
        return of(f, new QuestionFigures.Counts(new QuestionFigures.Row(null, 0, 0, 0, 0, 0, 0), List.of()), rule);
    }

    static PublishedIntakeFigures of(IntakeFigures f, QuestionFigures.Counts asked, SmallCells rule) {
        PublishedCounts c = new PublishedCounts(rule);
        questions(c, asked);
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
                published(c, "problemAreas.", f.problemAreas()), published(c, asked), suppressedWithMinutes(c, asked));
    }

    /**
     * The questions' counts as lines: the kinds with the number asked (the year's and each municipality's row), each
     * column of municipalities with the year's figure; answered and referred are no parts of a total (a question can
     * be both) but stand in their columns.
     */
    private static void questions(PublishedCounts c, QuestionFigures.Counts q) {
        QuestionFigures.Row t = q.total();
        c.line(named("questions.", new String[]{"asked", "advice", "information"}, t.asked(), t.advice(),
                t.information()));
        c.cell("questions.answered", t.answered());
        c.cell("questions.becameReferral", t.becameReferral());
        for (QuestionFigures.Row r : q.perMunicipality()) {
            String k = "questions.perMunicipality." + r.municipality() + ".";
            c.line(named(k, new String[]{"asked", "advice", "information"}, r.asked(), r.advice(), r.information()));
        }
        for (int col = 0; col < QUESTION_COLUMNS.length; col++) {
            Map<String, Long> column = new LinkedHashMap<>();
            column.put("questions." + QUESTION_COLUMNS[col], questionCount(t, col));
            for (QuestionFigures.Row r : q.perMunicipality()) {
                column.put("questions.perMunicipality." + r.municipality() + "." + QUESTION_COLUMNS[col],
                        questionCount(r, col));
            }
            c.line(column);
        }
    }

    private static long questionCount(QuestionFigures.Row r, int column) {
        return new long[]{r.asked(), r.advice(), r.information(), r.answered(), r.becameReferral()}[column];
    }

    private static Questions published(PublishedCounts c, QuestionFigures.Counts q) {
        QuestionFigures.Row t = q.total();
        return new Questions(c.get("questions.asked"), c.get("questions.advice"), c.get("questions.information"),
                c.get("questions.answered"), c.get("questions.becameReferral"),
                c.get("questions.asked") == null ? null : t.minutesSpent(), q.perMunicipality().stream().map(r -> {
                    String k = "questions.perMunicipality." + r.municipality() + ".";
                    return new QuestionRow(r.municipality(), c.get(k + "asked"), c.get(k + "advice"),
                            c.get(k + "information"), c.get(k + "answered"), c.get(k + "becameReferral"),
                            c.get(k + "asked") == null ? null : r.minutesSpent());
                }).toList());
    }

    /** The withheld counts, and the minutes of each row whose number of questions is withheld. */
    private static List<String> suppressedWithMinutes(PublishedCounts c, QuestionFigures.Counts q) {
        List<String> out = new java.util.ArrayList<>(c.suppressed());
        if (c.get("questions.asked") == null) {
            out.add("questions.minutesSpent");
        }
        for (QuestionFigures.Row r : q.perMunicipality()) {
            String k = "questions.perMunicipality." + r.municipality() + ".";
            if (c.get(k + "asked") == null) {
                out.add(k + "minutesSpent");
            }
        }
        return List.copyOf(out);
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
