package nl.zvh.gateway.report;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import nl.zvh.platform.ui.chart.SvgCharts;
import nl.zvh.platform.ui.format.Labels;
import org.jboss.logging.Logger;

/**
 * Composes the services' figures into the houses' report layout: a section per programme with its tables (each
 * exportable as CSV) and charts. Only aggregates pass through; the services never return persons to an analyst. Codes
 * in the figures are named in the reader's language (the house's reference data, else the gateway's labels) and
 * decimals written in the reader's notation.
 */
public final class AnnualReport {
    private static final Logger LOG = Logger.getLogger(AnnualReport.class);
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    /** The composed report. */
    public record Report(int year, String municipality, List<String> municipalities, List<Section> sections) {

        public List<ReportTable> tables() {
            return sections.stream().flatMap(s -> s.tables().stream()).toList();
        }

        public List<Chart> charts() {
            return sections.stream().flatMap(s -> s.charts().stream()).toList();
        }

        /** The services whose figures are missing. */
        public List<String> unavailable() {
            return sections.stream().filter(Section::unavailable).map(Section::id).toList();
        }

        public ReportTable table(String id) {
            return tables().stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
        }
    }

    /** One programme's part of the report; {@code unavailable} when its service gave no figures. */
    public record Section(String id, String title, List<Chart> charts, List<ReportTable> tables, boolean unavailable) {

        /** The title of one of this section's tables (a chart names the table with its figures). */
        public String tableTitle(String table) {
            return tables.stream().filter(t -> t.id().equals(table)).map(ReportTable::title).findFirst().orElse("");
        }
    }

    private final ServiceFigures f;
    private final ReportMessages m;
    private final Locale locale;
    private final Map<String, String> reference = new HashMap<>();
    private final List<Section> sections = new ArrayList<>();
    private List<ReportTable> tables;
    private List<Chart> charts;

    private AnnualReport(ServiceFigures f, ReportMessages m, Locale locale) {
        this.f = f;
        this.m = m;
        this.locale = locale;
        boolean english = "en".equals(locale.getLanguage());
        reference(f.problemAreas(), "ProblemArea", english ? "labelEn" : "labelNl");
        reference(f.lifeDomains(), "LifeDomain", english ? "nameEn" : "nameNl");
    }

    /** The report in Dutch. */
    public static Report of(ServiceFigures figures, ReportMessages messages) {
        return of(figures, messages, DUTCH);
    }

    public static Report of(ServiceFigures figures, ReportMessages messages, Locale locale) {
        return new AnnualReport(figures, messages, locale).build();
    }

    private Report build() {
        section("intake", m.s_intake(), f.intake() == null, this::intake);
        section("coveca", m.s_coveca(), f.coveca() == null, this::coveca);
        section("reintegration", m.s_reintegration(), f.reintegration() == null, this::reintegration);
        section("trafficking", m.s_trafficking(), f.trafficking() == null, this::trafficking);
        section("lifecourse", m.s_lifecourse(), f.lifecourse() == null, this::lifecourse);
        TreeSet<String> municipalities = new TreeSet<>();
        if (f.intakeAllMunicipalities() != null) {
            f.intakeAllMunicipalities().getJsonArray("perMunicipality", new JsonArray())
                    .forEach(o -> municipalities.add(((JsonObject) o).getString("municipality")));
        }
        if (f.municipality() != null) {
            municipalities.add(f.municipality());
        }
        return new Report(f.year(), f.municipality(), List.copyOf(municipalities), List.copyOf(sections));
    }

    private void section(String id, String title, boolean unavailable, Runnable compose) {
        tables = new ArrayList<>();
        charts = new ArrayList<>();
        if (!unavailable) {
            compose.run();
        }
        sections.add(new Section(id, title, List.copyOf(charts), List.copyOf(tables), unavailable));
    }

    private void intake() {
        JsonObject in = f.intake();
        JsonObject o = in.getJsonObject("outcomes");
        List<Object> inflow = new ArrayList<>(List.of(n(in, "referrals"), n(o, "approaches"), n(o, "advices"),
                n(o, "noAction"), n(o, "withdrawn"), n(o, "untriaged")));
        List<String> inflowHeaders = new ArrayList<>(
                List.of(m.referrals(), m.approaches(), m.advices(), m.no_action(), m.withdrawn(), m.untriaged()));
        if (f.triage() != null && f.municipality() == null) {
            inflowHeaders.add(m.feedback_same_week());
            inflow.add(n(f.triage(), "feedbackSameWeek"));
        }
        add("inflow", m.t_inflow(), inflowHeaders, List.of(inflow));

        JsonObject prev = f.intakePreviousYear();
        if (prev != null) {
            JsonObject po = prev.getJsonObject("outcomes");
            String[] labels = {m.referrals(), m.approaches(), m.advices(), m.untriaged()};
            long[] now = {n(in, "referrals"), n(o, "approaches"), n(o, "advices"), n(o, "untriaged")};
            long[] before = {n(prev, "referrals"), n(po, "approaches"), n(po, "advices"), n(po, "untriaged")};
            List<List<Object>> rows = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                long diff = now[i] - before[i];
                rows.add(List.of(labels[i], before[i], now[i], (diff > 0 ? "+" : "") + diff));
            }
            add("comparison", m.t_comparison(),
                    List.of(m.figure(), String.valueOf(f.year() - 1), String.valueOf(f.year()), m.difference()), rows);
        }

        List<List<Object>> quarters = new ArrayList<>();
        List<Double> thisYear = new ArrayList<>();
        List<Double> lastYear = new ArrayList<>();
        List<String> qLabels = new ArrayList<>();
        JsonArray prevQuarters = prev == null ? new JsonArray() : prev.getJsonArray("perQuarter", new JsonArray());
        JsonArray perQuarter = in.getJsonArray("perQuarter", new JsonArray());
        for (int i = 0; i < perQuarter.size(); i++) {
            JsonObject q = perQuarter.getJsonObject(i);
            String quarter = quarter(q.getString("quarter"));
            quarters.add(List.of(quarter, n(q, "referrals"), n(q, "approaches"), n(q, "advices"), n(q, "untriaged")));
            qLabels.add(quarter);
            thisYear.add((double) n(q, "referrals"));
            lastYear.add(i < prevQuarters.size() ? (double) n(prevQuarters.getJsonObject(i), "referrals") : 0);
        }
        add("quarters", m.t_quarters(), List.of(m.quarter(), m.referrals(), m.approaches(), m.advices(), m.untriaged()),
                quarters);
        String inflowTitle = m.c_inflow(f.year() - 1, f.year());
        charts.add(
                new Chart("inflow", inflowTitle,
                        SvgCharts.counts(inflowTitle, qLabels,
                                List.of(new SvgCharts.Series(String.valueOf(f.year() - 1), lastYear),
                                        new SvgCharts.Series(String.valueOf(f.year()), thisYear)),
                                locale),
                        "quarters"));

        add("municipalities", m.t_municipalities(),
                List.of(m.municipality(), m.referrals(), m.approaches(), m.advices(), m.untriaged()),
                rows(in.getJsonArray("perMunicipality", new JsonArray()), "municipality", "referrals", "approaches",
                        "advices", "untriaged"));

        List<List<Object>> domains = new ArrayList<>();
        List<String> dLabels = new ArrayList<>();
        List<Double> dValues = new ArrayList<>();
        for (Object d : in.getJsonArray("referrerDomains", new JsonArray())) {
            JsonObject s = (JsonObject) d;
            String label = label("ReferrerDomain", s.getString("key"));
            domains.add(List.of(label, n(s, "referrals"), percent(s)));
            dLabels.add(label);
            dValues.add((double) n(s, "referrals"));
        }
        add("domains", m.t_domains(), List.of(m.domain(), m.referrals(), m.share()), domains);
        charts.add(new Chart("domains", m.t_domains(),
                SvgCharts.counts(m.t_domains(), dLabels, List.of(new SvgCharts.Series(m.referrals(), dValues)), locale),
                "domains"));
        add("organisations", m.t_organisations(), List.of(m.organisation(), m.referrals(), m.share()),
                shares(in.getJsonArray("referrerOrganisations", new JsonArray()), "key", "referrals", null));
        add("problem-areas", m.t_problem_areas(), List.of(m.problem_area(), m.referrals(), m.share()),
                shares(in.getJsonArray("problemAreas", new JsonArray()), "key", "referrals", "ProblemArea"));
        List<List<Object>> programmes = new ArrayList<>();
        for (Map.Entry<String, Object> e : in.getJsonObject("approachesByProgramme", new JsonObject())) {
            programmes.add(List.of(label("TriageProgramme", e.getKey()), ((Number) e.getValue()).longValue()));
        }
        add("programmes", m.t_programmes(), List.of(m.programme(), m.approaches()), programmes);
    }

    private void coveca() {
        JsonObject c = f.coveca();
        List<List<Object>> quarters = new ArrayList<>();
        for (Object q : c.getJsonArray("approachesPerQuarter", new JsonArray())) {
            JsonObject quarter = (JsonObject) q;
            if (quarter.getString("quarter").startsWith(f.year() + "-")) {
                quarters.add(
                        List.of(quarter(quarter.getString("quarter")), n(quarter, "started"), n(quarter, "active")));
            }
        }
        add("coveca-quarters", m.t_coveca_quarters(), List.of(m.quarter(), m.started(), m.active()), quarters);
        JsonObject persons = c.getJsonObject("uniquePersonsPerSubApproach", new JsonObject());
        JsonObject meetings = c.getJsonObject("meetingsPerSubApproach", new JsonObject());
        TreeSet<String> subs = new TreeSet<>(persons.fieldNames());
        subs.addAll(meetings.fieldNames());
        List<List<Object>> sub = new ArrayList<>();
        for (String s : subs) {
            sub.add(List.of(label("SubApproach", s), n(persons, s), n(meetings, s)));
        }
        add("coveca-sub-approaches", m.t_coveca_sub(), List.of(m.sub_approach(), m.unique_persons(), m.meetings()),
                sub);
        add("coveca-ages", m.t_coveca_ages(), List.of(m.age_band(), m.persons()),
                map(c.getJsonObject("ageBandsOfMainPersons", new JsonObject()), "AgeBand"));
        add("coveca-closures", m.t_coveca_closures(), List.of(m.reason(), m.cases()),
                map(c.getJsonObject("closureReasons", new JsonObject()), "ClosureReason"));
        add("coveca-gender", m.t_coveca_gender(), List.of(m.gender(), m.persons()),
                map(c.getJsonObject("genderOfMainPersons", new JsonObject()), "Gender"));
        add("coveca-crossing", m.t_coveca_crossing(), List.of(m.cases()),
                List.of(List.of(n(c, "casesCrossingMunicipalityBorders"))));

        List<List<Object>> averages = new ArrayList<>();
        List<String> domains = new ArrayList<>();
        TreeSet<Integer> rounds = new TreeSet<>();
        JsonArray all = c.getJsonArray("lifeDomainAverages", new JsonArray());
        for (Object a : all) {
            JsonObject avg = (JsonObject) a;
            averages.add(List.of(m.round_n(avg.getInteger("round")), label("LifeDomain", avg.getString("lifeDomain")),
                    decimal(avg.getDouble("average"), 2), n(avg, "n")));
            if (!domains.contains(avg.getString("lifeDomain"))) {
                domains.add(avg.getString("lifeDomain"));
            }
            rounds.add(avg.getInteger("round"));
        }
        add("life-domains", m.t_life_domains(), List.of(m.round(), m.life_domain(), m.average(), m.n()), averages);
        List<SvgCharts.Series> series = new ArrayList<>();
        for (int round : rounds) {
            List<Double> values = new ArrayList<>();
            for (String domain : domains) {
                values.add(all.stream().map(JsonObject.class::cast)
                        .filter(a -> a.getInteger("round") == round && a.getString("lifeDomain").equals(domain))
                        .mapToDouble(a -> a.getDouble("average")).findFirst().orElse(0));
            }
            series.add(new SvgCharts.Series(m.round_n(round), values));
        }
        charts.add(new Chart("life-domains", m.c_life_domains(),
                domains.isEmpty()
                        ? SvgCharts.empty(m.c_life_domains(), m.no_rows())
                        : SvgCharts.scores(m.c_life_domains(),
                                domains.stream().map(d -> label("LifeDomain", d)).toList(), series, 5, locale),
                "life-domains"));
    }

    private void reintegration() {
        JsonObject r = f.reintegration();
        List<List<Object>> rows = new ArrayList<>();
        for (Object o : r.getJsonArray("rows", new JsonArray())) {
            JsonObject row = (JsonObject) o;
            if (row.getInteger("year") == f.year()
                    && (f.municipality() == null || f.municipality().equals(row.getString("municipality")))) {
                rows.add(List.of(row.getString("municipality"), n(row, "detentions"), n(row, "releases"),
                        n(row, "releasedWithAllConditionsArranged"), n(row, "escalations")));
            }
        }
        add("reintegration", m.t_reintegration(),
                List.of(m.municipality(), m.detentions(), m.releases(), m.conditions_arranged(), m.escalations()),
                rows);
    }

    private void trafficking() {
        JsonObject t = f.trafficking();
        List<List<Object>> rows = shares(t.getJsonArray("primaryExploitationTypes", new JsonArray()), "type", "signals",
                "ExploitationType");
        add("trafficking-types", m.t_trafficking(), List.of(m.exploitation_type(), m.signals(), m.share()), rows);
        charts.add(new Chart("exploitation-types", m.t_trafficking(),
                SvgCharts.counts(m.t_trafficking(), rows.stream().map(row -> (String) row.get(0)).toList(),
                        List.of(new SvgCharts.Series(m.signals(),
                                rows.stream().map(row -> ((Long) row.get(1)).doubleValue()).toList())),
                        locale),
                "trafficking-types"));
        add("trafficking-outcomes", m.t_trafficking_outcomes(), List.of(m.outcome(), m.signals(), m.share()),
                shares(t.getJsonArray("outcomes", new JsonArray()), "key", "signals", "TraffickingOutcome"));
    }

    private void lifecourse() {
        JsonObject l = f.lifecourse();
        add("lifecourse", m.t_lifecourse(),
                List.of(m.candidates(), m.inclusions(), m.active(), m.capacity(), m.cter_cases()),
                List.of(List.of(n(l, "candidates"), n(l, "inclusions"), n(l, "active"),
                        String.valueOf(n(l, "capacity")), n(l, "cterCases"))));
    }

    private void add(String id, String title, List<String> headers, List<List<Object>> rows) {
        tables.add(new ReportTable(id, title, headers, rows));
    }

    /** "Q1" or "2026-Q1" as "1e kwartaal" (Dutch) or "Q1" (English). */
    private String quarter(String code) {
        String digit = code == null ? "" : code.replaceAll(".*Q", "");
        return digit.matches("[1-4]") ? m.quarter_n(Integer.parseInt(digit)) : String.valueOf(code);
    }

    /** The name of a code: the house's reference data, else the gateway's labels, else the code (logged). */
    private String label(String group, String code) {
        if (code == null) {
            return "";
        }
        String name = reference.get(group + "." + code);
        if (name == null) {
            name = Labels.ofKey(group + "." + code, locale);
        }
        if (name == null) {
            LOG.warnf("No label for %s.%s", group, code);
            return code;
        }
        return name;
    }

    private void reference(JsonArray rows, String group, String field) {
        if (rows == null) {
            return;
        }
        for (Object o : rows) {
            if (o instanceof JsonObject row && row.getString("code") != null && row.getString(field) != null) {
                reference.put(group + "." + row.getString("code"), row.getString(field));
            }
        }
    }

    private static List<List<Object>> rows(JsonArray array, String label, String... counts) {
        List<List<Object>> rows = new ArrayList<>();
        for (Object o : array) {
            JsonObject row = (JsonObject) o;
            List<Object> cells = new ArrayList<>();
            cells.add(row.getString(label));
            for (String c : counts) {
                cells.add(n(row, c));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** Rows of name, count and share; {@code group} names the codes ({@code null}: the key is a name already). */
    private List<List<Object>> shares(JsonArray array, String key, String count, String group) {
        List<List<Object>> rows = new ArrayList<>();
        for (Object o : array) {
            JsonObject row = (JsonObject) o;
            String name = group == null ? row.getString(key) : label(group, row.getString(key));
            rows.add(List.of(name, n(row, count), percent(row)));
        }
        return rows;
    }

    private List<List<Object>> map(JsonObject counts, String group) {
        List<List<Object>> rows = new ArrayList<>();
        for (Map.Entry<String, Object> e : counts) {
            rows.add(List.of(label(group, e.getKey()), ((Number) e.getValue()).longValue()));
        }
        return rows;
    }

    private String percent(JsonObject row) {
        Object p = row.getValue("percent");
        return p == null ? "" : decimal(new BigDecimal(p.toString()).doubleValue(), 1);
    }

    /** A decimal with exactly {@code digits} decimals in the reader's notation ("2,5" in Dutch). */
    private String decimal(double value, int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(RoundingMode.HALF_UP);
        format.setGroupingUsed(false);
        return format.format(value);
    }

    private static long n(JsonObject o, String key) {
        Object v = o == null ? null : o.getValue(key);
        return v instanceof Number number ? number.longValue() : 0;
    }
}
