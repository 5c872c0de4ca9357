package nl.zvh.gateway.national;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.zvh.gateway.report.AnnualReport;
import nl.zvh.gateway.report.ReportMessages;
import nl.zvh.gateway.report.ReportTable;
import nl.zvh.platform.figures.SmallCells;

/**
 * The national analyst's table: a row per main figure, a column per house. Each house's counts are read from that
 * house's annual report as the gateway composes it ({@link AnnualReport}): a count the house's report withholds is
 * withheld here too, and a total of several published counts (CoVeCa cases started over the quarters, trafficking
 * signals over the primary exploitation types, re-integration notifications over the municipalities) is withheld
 * when one of them is, so this table never publishes what a house's report withholds. Under each published count its
 * rate per 10 000 inhabitants (one decimal, the reader's notation); no rate where the house's population is unknown,
 * and none for a withheld count. A house whose service gave no figures shows those cells as unavailable.
 */
public final class NationalComparison {

    /** One house's annual report, composed from the figures its services gave for it. */
    public record HouseReport(Populations.House house, AnnualReport.Report report) {
    }

    /** One house: display name and inhabitants (null: unknown). */
    public record Column(String code, String name, Long population, String populationText) {
    }

    /** What a cell shows: a count and its rate, or withheld, or unavailable, or not known yet. */
    public enum Kind {
        COUNT, SUPPRESSED, UNAVAILABLE, NOT_YET
    }

    /** One cell: {@code count} and {@code rate} as the reader reads them ({@code rate} empty without population). */
    public record Cell(Kind kind, Long value, String count, String rate) {
        public boolean hasRate() {
            return rate != null && !rate.isEmpty();
        }

        public boolean isCount() {
            return kind == Kind.COUNT;
        }
    }

    /** One figure across the houses. */
    public record Row(String id, String label, List<Cell> cells) {
    }

    /** The composed table. */
    public record Comparison(int year, List<Column> columns, List<Row> rows) {

        /** The houses whose population is unknown (no rates). */
        public List<String> withoutPopulation() {
            return columns.stream().filter(c -> c.population() == null).map(Column::name).toList();
        }

        /** The houses with at least one unavailable figure. */
        public List<String> incomplete() {
            List<String> names = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                int column = c;
                if (rows.stream().anyMatch(r -> r.cells().get(column).kind() == Kind.UNAVAILABLE)) {
                    names.add(columns.get(c).name());
                }
            }
            return names;
        }

        public String withoutPopulationNames() {
            return String.join(", ", withoutPopulation());
        }

        public String incompleteNames() {
            return String.join(", ", incomplete());
        }

        public Row row(String id) {
            return rows.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
        }

        /**
         * RFC 4180 CSV (semicolons), per house its count (digits only) and its rate per 10 000 inhabitants (the
         * reader's notation, as the annual report's CSV writes decimals).
         */
        public String csv(String figureHeader, String perTenThousand, String unavailable, String notYet) {
            List<String> headers = new ArrayList<>(List.of(figureHeader));
            for (Column c : columns) {
                headers.add(c.name());
                headers.add(c.name() + " " + perTenThousand);
            }
            List<List<Object>> lines = new ArrayList<>();
            for (Row r : rows) {
                List<Object> line = new ArrayList<>(List.of(r.label()));
                for (Cell cell : r.cells()) {
                    line.add(switch (cell.kind()) {
                        case COUNT -> cell.value();
                        case SUPPRESSED -> SmallCells.MARK;
                        case UNAVAILABLE -> unavailable;
                        case NOT_YET -> notYet;
                    });
                    line.add(cell.rate() == null ? "" : cell.rate());
                }
                lines.add(line);
            }
            return new ReportTable("national", "national", headers, lines).csv();
        }
    }

    /** A figure as read from one house's report: a count, withheld, unavailable (the section) or not known yet. */
    private record Value(Kind kind, Long count) {
        static final Value SUPPRESSED = new Value(Kind.SUPPRESSED, null);
        static final Value UNAVAILABLE = new Value(Kind.UNAVAILABLE, null);
        static final Value NOT_YET = new Value(Kind.NOT_YET, null);

        static Value of(Object cell) {
            if (cell instanceof Long n) {
                return new Value(Kind.COUNT, n);
            }
            return SUPPRESSED;
        }
    }

    private final ReportMessages report;
    private final NationalMessages m;
    private final Locale locale;

    private NationalComparison(ReportMessages report, NationalMessages m, Locale locale) {
        this.report = report;
        this.m = m;
        this.locale = locale;
    }

    /** The table of {@code year} from each house's report (in column order). */
    public static Comparison of(int year, List<HouseReport> houses, ReportMessages report, NationalMessages m,
            Locale locale) {
        return new NationalComparison(report, m, locale).compose(year, houses);
    }

    private Comparison compose(int year, List<HouseReport> houses) {
        List<Column> columns = houses.stream().map(h -> new Column(h.house().code(), h.house().name(),
                h.house().population(), h.house().population() == null ? m.unknown() : whole(h.house().population())))
                .toList();
        // the rows in order; programme rows for every programme any house started approaches in
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, Function<AnnualReport.Report, Value>> figures = new LinkedHashMap<>();
        add(labels, figures, "referrals", m.r_referrals(), r -> inflow(r, 0));
        add(labels, figures, "approaches", m.r_approaches(), r -> inflow(r, 1));
        for (String programme : programmes(houses)) {
            add(labels, figures, "programme:" + programme, m.r_programme(programme), r -> programme(r, programme));
        }
        add(labels, figures, "advices", m.r_advices(), r -> inflow(r, 2));
        add(labels, figures, "no-action", m.r_no_action(), r -> inflow(r, 3));
        add(labels, figures, "coveca-started", m.r_coveca_started(), r -> sum(r, "coveca", "coveca-quarters", 1));
        add(labels, figures, "coveca-active", m.r_coveca_active(), this::covecaActiveAtYearEnd);
        add(labels, figures, "lifecourse-inclusions", m.r_lifecourse_inclusions(), r -> first(r, "lifecourse", 1));
        add(labels, figures, "lifecourse-active", m.r_lifecourse_active(), r -> first(r, "lifecourse", 2));
        add(labels, figures, "trafficking-signals", m.r_trafficking_signals(),
                r -> sum(r, "trafficking", "trafficking-types", 1));
        add(labels, figures, "reintegration-detentions", m.r_reintegration_detentions(),
                r -> sum(r, "reintegration", "reintegration", 1));
        add(labels, figures, "reintegration-releases", m.r_reintegration_releases(),
                r -> sum(r, "reintegration", "reintegration", 2));

        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, Function<AnnualReport.Report, Value>> figure : figures.entrySet()) {
            List<Cell> cells = new ArrayList<>();
            for (HouseReport house : houses) {
                cells.add(cell(figure.getValue().apply(house.report()), house.house().population()));
            }
            rows.add(new Row(figure.getKey(), labels.get(figure.getKey()), List.copyOf(cells)));
        }
        return new Comparison(year, columns, List.copyOf(rows));
    }

    private static void add(Map<String, String> labels, Map<String, Function<AnnualReport.Report, Value>> figures,
            String id, String label, Function<AnnualReport.Report, Value> figure) {
        labels.put(id, label);
        figures.put(id, figure);
    }

    private Cell cell(Value value, Long population) {
        if (value.kind() != Kind.COUNT) {
            return new Cell(value.kind(), null, "", "");
        }
        String rate = population == null || population == 0 ? "" : rate(value.count(), population);
        return new Cell(Kind.COUNT, value.count(), whole(value.count()), rate);
    }

    /** The intake's inflow: received referrals (0), approaches (1), advices (2), no action (3). */
    private static Value inflow(AnnualReport.Report r, int column) {
        ReportTable inflow = r.table("inflow");
        if (unavailable(r, "intake") || inflow == null || inflow.rows().isEmpty()) {
            return Value.UNAVAILABLE;
        }
        return Value.of(inflow.rows().get(0).get(column));
    }

    /** Approaches started in one programme (the programme's label, as the report names it); none: 0. */
    private static Value programme(AnnualReport.Report r, String programme) {
        ReportTable programmes = r.table("programmes");
        if (unavailable(r, "intake") || programmes == null) {
            return Value.UNAVAILABLE;
        }
        for (List<Object> row : programmes.rows()) {
            if (programme.equals(row.get(0))) {
                return Value.of(row.get(1));
            }
        }
        return new Value(Kind.COUNT, 0L);
    }

    private static List<String> programmes(List<HouseReport> houses) {
        List<String> names = new ArrayList<>();
        for (HouseReport house : houses) {
            ReportTable programmes = house.report().table("programmes");
            if (programmes != null) {
                programmes.rows().stream().map(row -> String.valueOf(row.get(0))).filter(n -> !names.contains(n))
                        .forEach(names::add);
            }
        }
        return names;
    }

    /** The first row's cell of a one-row table. */
    private static Value first(AnnualReport.Report r, String section, int column) {
        ReportTable table = r.table(section);
        if (unavailable(r, section) || table == null || table.rows().isEmpty()) {
            return Value.UNAVAILABLE;
        }
        return Value.of(table.rows().get(0).get(column));
    }

    /** The sum of a column over the table's rows; withheld when one of them is (the total would give it away). */
    private static Value sum(AnnualReport.Report r, String section, String tableId, int column) {
        ReportTable table = r.table(tableId);
        if (unavailable(r, section) || table == null) {
            return Value.UNAVAILABLE;
        }
        long total = 0;
        for (List<Object> row : table.rows()) {
            if (!(row.get(column) instanceof Long n)) {
                return Value.SUPPRESSED;
            }
            total += n;
        }
        return new Value(Kind.COUNT, total);
    }

    /** Cases active on 31 December: the fourth quarter's active cases; not known before the year is over. */
    private Value covecaActiveAtYearEnd(AnnualReport.Report r) {
        ReportTable quarters = r.table("coveca-quarters");
        if (unavailable(r, "coveca") || quarters == null) {
            return Value.UNAVAILABLE;
        }
        if (quarters.rows().isEmpty()) {
            return new Value(Kind.COUNT, 0L); // no case active in any quarter of the year
        }
        String fourth = report.quarter_n(4);
        for (List<Object> row : quarters.rows()) {
            if (fourth.equals(row.get(0))) {
                return Value.of(row.get(2));
            }
        }
        return Value.NOT_YET;
    }

    private static boolean unavailable(AnnualReport.Report r, String section) {
        return r.sections().stream().anyMatch(s -> s.id().equals(section) && s.unavailable());
    }

    private String whole(long n) {
        NumberFormat format = NumberFormat.getIntegerInstance(locale);
        format.setGroupingUsed(true);
        return format.format(n);
    }

    /** The count per 10 000 inhabitants with one decimal in the reader's notation ("12,3" in Dutch). */
    private String rate(long count, long population) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(RoundingMode.HALF_UP);
        format.setGroupingUsed(true);
        return format.format(
                BigDecimal.valueOf(count * 10_000L).divide(BigDecimal.valueOf(population), 1, RoundingMode.HALF_UP));
    }
}
