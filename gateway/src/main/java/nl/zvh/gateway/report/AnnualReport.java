package nl.zvh.gateway.report;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import nl.zvh.platform.figures.SmallCells;
import nl.zvh.platform.ui.chart.SvgCharts;
import nl.zvh.platform.ui.format.Labels;
import org.jboss.logging.Logger;

/**
 * Composes the services' figures into the houses' report layout: a section per programme with its tables (each
 * exportable as CSV) and charts. Only aggregates pass through; the services never return persons to an analyst. Codes
 * in the figures are named in the reader's language (the house's reference data, else the gateway's labels) and
 * decimals written in the reader's notation. Every table is published under the platform's small-cell rule
 * ({@link SmallCells}, {@link ReportTable#suppressed}) and the charts draw only what their tables publish. Tables of
 * one report share figures (this year's referrals in the inflow and the year comparison): a figure withheld in one
 * table is withheld in every table that shows it, and the secondary suppression that this causes is followed until
 * nothing changes, so no table publishes what another withholds (linked tables, after CBS practice).
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
    private final SmallCells rule;
    private final Map<String, String> reference = new HashMap<>();
    /** Figures withheld in some table of the previous composition: withheld in every table from the start. */
    private final Set<String> linked;
    /** Figures this composition withheld. */
    private final Set<String> withheld = new HashSet<>();
    /** The services' JSON objects (their maps, which the JSON views share) numbered in the order first read. */
    private final Map<Object, Integer> sources = new IdentityHashMap<>();
    private final List<Section> sections = new ArrayList<>();
    private List<ReportTable> tables;
    private List<Chart> charts;

    private AnnualReport(ServiceFigures f, ReportMessages m, Locale locale, SmallCells rule, Set<String> linked) {
        this.f = f;
        this.linked = linked;
        this.rule = rule;
        this.m = m;
        this.locale = locale;
        boolean english = "en".equals(locale.getLanguage());
        reference(f.problemAreas(), "ProblemArea", english ? "labelEn" : "labelNl");
        reference(f.lifeDomains(), "LifeDomain", english ? "nameEn" : "nameNl");
    }

    /** The report in Dutch, counts below {@value SmallCells#DEFAULT_MIN_CELL} suppressed. */
    public static Report of(ServiceFigures figures, ReportMessages messages) {
        return of(figures, messages, DUTCH);
    }

    public static Report of(ServiceFigures figures, ReportMessages messages, Locale locale) {
        return of(figures, messages, locale, new SmallCells(SmallCells.DEFAULT_MIN_CELL));
    }

    public static Report of(ServiceFigures figures, ReportMessages messages, Locale locale, SmallCells rule) {
        Set<String> linked = Set.of();
        while (true) {
            AnnualReport composer = new AnnualReport(figures, messages, locale, rule, linked);
            Report report = composer.build();
            // the withheld set only grows (a linked figure stays withheld) and is finite: this ends
            if (composer.withheld.equals(linked)) {
                return report;
            }
            linked = Set.copyOf(composer.withheld);
        }
    }

    private Report build() {
        section("intake", m.s_intake(), f.intake() == null, this::intake);
        section("coveca", m.s_coveca(), f.coveca() == null, this::coveca);
        section("reintegration", m.s_reintegration(), f.reintegration() == null, this::reintegration);
        section("trafficking", m.s_trafficking(), f.trafficking() == null, this::trafficking);
        section("lifecourse", m.s_lifecourse(), f.lifecourse() == null, this::lifecourse);
        if (f.municipality() == null) {
            section("tables", m.s_tables(), f.tables() == null, this::houseTables);
            section("effect", m.s_effect(), f.effect() == null, this::effect);
        }
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
        List<Object> inflow = new ArrayList<>(List.of(cell(in, "referrals"), cell(o, "approaches"), cell(o, "advices"),
                cell(o, "noAction"), cell(o, "withdrawn"), cell(o, "untriaged")));
        List<String> inflowHeaders = new ArrayList<>(
                List.of(m.referrals(), m.approaches(), m.advices(), m.no_action(), m.withdrawn(), m.untriaged()));
        if (f.triage() != null && f.municipality() == null) {
            inflowHeaders.add(m.feedback_same_week());
            inflow.add(cell(f.triage(), "feedbackSameWeek"));
        }
        add("inflow", m.t_inflow(), inflowHeaders, List.of(inflow));

        JsonObject prev = f.intakePreviousYear();
        if (prev != null) {
            JsonObject po = prev.getJsonObject("outcomes");
            String[] labels = {m.referrals(), m.approaches(), m.advices(), m.untriaged()};
            Object[] now = {cell(in, "referrals"), cell(o, "approaches"), cell(o, "advices"), cell(o, "untriaged")};
            Object[] before = {cell(prev, "referrals"), cell(po, "approaches"), cell(po, "advices"),
                    cell(po, "untriaged")};
            List<List<Object>> rows = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                Long a = value(now[i]);
                Long b = value(before[i]);
                Long diff = a != null && b != null ? a - b : null;
                rows.add(List.of(labels[i], before[i], now[i],
                        diff == null ? ReportTable.SUPPRESSED : new ReportTable.Derived((diff > 0 ? "+" : "") + diff)));
            }
            add("comparison", m.t_comparison(),
                    List.of(m.figure(), String.valueOf(f.year() - 1), String.valueOf(f.year()), m.difference()), rows);
        }

        List<List<Object>> quarters = new ArrayList<>();
        List<List<Object>> inflowByQuarter = new ArrayList<>();
        JsonArray prevQuarters = prev == null ? new JsonArray() : prev.getJsonArray("perQuarter", new JsonArray());
        JsonArray perQuarter = in.getJsonArray("perQuarter", new JsonArray());
        for (int i = 0; i < perQuarter.size(); i++) {
            JsonObject q = perQuarter.getJsonObject(i);
            String quarter = quarter(q.getString("quarter"));
            quarters.add(List.of(quarter, cell(q, "referrals"), cell(q, "approaches"), cell(q, "advices"),
                    cell(q, "untriaged")));
            inflowByQuarter.add(new ArrayList<>(
                    List.of(quarter, i < prevQuarters.size() ? cell(prevQuarters.getJsonObject(i), "referrals") : 0L)));
        }
        ReportTable quarterTable = add("quarters", m.t_quarters(),
                List.of(m.quarter(), m.referrals(), m.approaches(), m.advices(), m.untriaged()), quarters);
        for (int i = 0; i < inflowByQuarter.size(); i++) {
            // this year's bars as the quarters table publishes them
            inflowByQuarter.get(i).add(quarterTable.rows().get(i).get(1));
        }
        String inflowTitle = m.c_inflow(f.year() - 1, f.year());
        chart("inflow", inflowTitle,
                ReportTable.suppressed("inflow-chart", inflowTitle, List.of(), inflowByQuarter, rule, linked, withheld),
                List.of(String.valueOf(f.year() - 1), String.valueOf(f.year())), "quarters");

        add("municipalities", m.t_municipalities(),
                List.of(m.municipality(), m.referrals(), m.approaches(), m.advices(), m.untriaged()),
                rows(in.getJsonArray("perMunicipality", new JsonArray()), "municipality", "referrals", "approaches",
                        "advices", "untriaged"));

        ReportTable domains = add("domains", m.t_domains(), List.of(m.domain(), m.referrals(), m.share()),
                shares(in.getJsonArray("referrerDomains", new JsonArray()), "key", "referrals", "ReferrerDomain"));
        chart("domains", m.t_domains(), domains, List.of(m.referrals()), "domains");
        add("organisations", m.t_organisations(), List.of(m.organisation(), m.referrals(), m.share()),
                shares(in.getJsonArray("referrerOrganisations", new JsonArray()), "key", "referrals", null));
        add("problem-areas", m.t_problem_areas(), List.of(m.problem_area(), m.referrals(), m.share()),
                shares(in.getJsonArray("problemAreas", new JsonArray()), "key", "referrals", "ProblemArea"));
        List<List<Object>> programmes = new ArrayList<>();
        for (Map.Entry<String, Object> e : in.getJsonObject("approachesByProgramme", new JsonObject())) {
            programmes.add(List.of(label("TriageProgramme", e.getKey()),
                    cell(in.getJsonObject("approachesByProgramme"), e.getKey())));
        }
        add("programmes", m.t_programmes(), List.of(m.programme(), m.approaches()), programmes);
        questions(in.getJsonObject("questions"));
    }

    /**
     * Advice and information questions (adviesvragen, vragen aan het informatieknooppunt) per municipality and for
     * all: counts as intake published them; the minutes spent are no count but go with their row (withheld with it).
     */
    private void questions(JsonObject q) {
        if (q == null) {
            return; // an intake-service without questions
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Object o : q.getJsonArray("perMunicipality", new JsonArray())) {
            JsonObject row = (JsonObject) o;
            rows.add(questionRow(row.getString("municipality"), row));
        }
        rows.add(questionRow(m.all_municipalities(), q));
        add("questions", m.t_questions(), List.of(m.municipality(), m.q_asked(), m.q_advice(), m.q_information(),
                m.q_answered(), m.q_became_referral(), m.q_minutes()), rows);
    }

    private List<Object> questionRow(String name, JsonObject row) {
        Object minutes = row.getValue("minutesSpent");
        return List.of(name, cell(row, "asked"), cell(row, "advice"), cell(row, "information"), cell(row, "answered"),
                cell(row, "becameReferral"),
                minutes == null ? ReportTable.SUPPRESSED : new ReportTable.Derived(String.valueOf(minutes)));
    }

    /**
     * The house's other tables (I28, prolific offenders, LPCO, youth aftercare, AWARE): per kind the items received,
     * the items per decision and the kind's own counts, then the persons per district or municipality.
     */
    private void houseTables() {
        for (Object o : f.tables().getJsonArray("tables", new JsonArray())) {
            JsonObject k = (JsonObject) o;
            String kind = k.getString("kind");
            String id = "table-" + kind.toLowerCase(Locale.ROOT).replace('_', '-');
            String name = label("TableKind", kind);
            List<List<Object>> rows = new ArrayList<>();
            rows.add(List.of(m.tb_received(), cell(k, "received")));
            JsonObject outcomes = k.getJsonObject("outcomes", new JsonObject());
            for (String outcome : outcomes.fieldNames()) {
                rows.add(List.of(label("TableOutcome", outcome), cell(outcomes, outcome)));
            }
            JsonObject other = k.getJsonObject("other", new JsonObject());
            for (String figure : other.fieldNames()) {
                rows.add(List.of(label("TableFigure", figure), cell(other, figure)));
            }
            add(id, m.t_table(name), List.of(m.figure(), m.tb_count()), rows);
            boolean prolific = "PROLIFIC_OFFENDERS".equals(kind);
            List<List<Object>> areas = new ArrayList<>();
            for (Object a : k.getJsonArray("areas", new JsonArray())) {
                JsonObject area = (JsonObject) a;
                areas.add(prolific
                        ? List.of(area.getString("area"), cell(area, "persons"), cell(area, "prolific"),
                                cell(area, "veryActive"))
                        : List.of(area.getString("area"), cell(area, "persons")));
            }
            add(id + "-areas", m.t_table_areas(name),
                    prolific
                            ? List.of(m.tb_area(), m.tb_persons(), m.tb_prolific(), m.tb_very_active())
                            : List.of(m.tb_area(), m.tb_persons()),
                    areas);
        }
    }

    /**
     * Effect of the approach: per programme and category the persons and the average reports per person per quarter
     * in the four quarters before and after the start, as triage published them (a withheld line stays withheld).
     */
    private void effect() {
        List<List<Object>> rows = new ArrayList<>();
        for (Object o : f.effect().getJsonArray("lines", new JsonArray())) {
            JsonObject line = (JsonObject) o;
            rows.add(List.of(label("TriageProgramme", line.getString("programme")),
                    label("IncidentCategory", line.getString("category")), cell(line, "persons"),
                    average(line.getJsonObject("before")), average(line.getJsonObject("after"))));
        }
        add("effect", m.t_effect(),
                List.of(m.programme(), m.ef_category(), m.tb_persons(), m.ef_before(), m.ef_after()), rows);
    }

    private Object average(JsonObject period) {
        Object value = period == null ? null : period.getValue("averagePerPersonPerQuarter");
        return value == null
                ? ReportTable.SUPPRESSED
                : new ReportTable.Derived(String.format(locale, "%.2f", ((Number) value).doubleValue()));
    }

    private void coveca() {
        JsonObject c = f.coveca();
        List<List<Object>> quarters = new ArrayList<>();
        for (Object q : c.getJsonArray("approachesPerQuarter", new JsonArray())) {
            JsonObject quarter = (JsonObject) q;
            if (quarter.getString("quarter").startsWith(f.year() + "-")) {
                quarters.add(List.of(quarter(quarter.getString("quarter")), cell(quarter, "started"),
                        cell(quarter, "active")));
            }
        }
        add("coveca-quarters", m.t_coveca_quarters(), List.of(m.quarter(), m.started(), m.active()), quarters);
        JsonObject persons = c.getJsonObject("uniquePersonsPerSubApproach", new JsonObject());
        JsonObject meetings = c.getJsonObject("meetingsPerSubApproach", new JsonObject());
        TreeSet<String> subs = new TreeSet<>(persons.fieldNames());
        subs.addAll(meetings.fieldNames());
        List<List<Object>> sub = new ArrayList<>();
        for (String s : subs) {
            sub.add(List.of(label("SubApproach", s), cell(persons, s), cell(meetings, s)));
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
                List.of(List.of(cell(c, "casesCrossingMunicipalityBorders"))));
        if (c.containsKey("activeOnJanuary1") || c.containsKey("activeOnDecember31")) {
            add("coveca-active", m.t_coveca_active(), List.of(m.active_on_january_1(), m.active_on_december_31()),
                    List.of(List.of(cell(c, "activeOnJanuary1"), cell(c, "activeOnDecember31"))));
        }
        List<List<Object>> groups = new ArrayList<>();
        for (Object g : c.getJsonArray("groups", new JsonArray())) {
            JsonObject row = (JsonObject) g;
            if (row.getInteger("year", 0) == f.year()) {
                groups.add(List.of(row.getString("municipality"), cell(row, "groups"), cell(row, "subgroups"),
                        cell(row, "members")));
            }
        }
        add("coveca-groups", m.t_coveca_groups(),
                List.of(m.municipality(), m.gr_groups(), m.gr_subgroups(), m.gr_members()), groups);

        List<List<Object>> averages = new ArrayList<>();
        List<String> domains = new ArrayList<>();
        TreeSet<Integer> rounds = new TreeSet<>();
        JsonArray all = c.getJsonArray("lifeDomainAverages", new JsonArray());
        for (Object a : all) {
            JsonObject avg = (JsonObject) a;
            averages.add(List.of(m.round_n(avg.getInteger("round")), label("LifeDomain", avg.getString("lifeDomain")),
                    avg.getValue("average") == null
                            ? ReportTable.SUPPRESSED
                            : new ReportTable.Derived(decimal(avg.getDouble("average"), 2)),
                    cell(avg, "n")));
            if (!domains.contains(avg.getString("lifeDomain"))) {
                domains.add(avg.getString("lifeDomain"));
            }
            rounds.add(avg.getInteger("round"));
        }
        List<List<Object>> published = add("life-domains", m.t_life_domains(),
                List.of(m.round(), m.life_domain(), m.average(), m.n()), averages).rows();
        List<SvgCharts.Series> series = new ArrayList<>();
        for (int round : rounds) {
            List<Double> values = new ArrayList<>();
            for (String domain : domains) {
                // an average the table withholds (too few persons) is no bar
                values.add(IntStream.range(0, all.size()).filter(i -> published.get(i).get(2) != ReportTable.SUPPRESSED)
                        .mapToObj(all::getJsonObject)
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
                rows.add(List.of(row.getString("municipality"), cell(row, "detentions"), cell(row, "releases"),
                        cell(row, "releasedWithAllConditionsArranged"), cell(row, "escalations")));
            }
        }
        add("reintegration", m.t_reintegration(),
                List.of(m.municipality(), m.detentions(), m.releases(), m.conditions_arranged(), m.escalations()),
                rows);
    }

    private void trafficking() {
        JsonObject t = f.trafficking();
        ReportTable types = add("trafficking-types", m.t_trafficking(),
                List.of(m.exploitation_type(), m.signals(), m.share()),
                shares(t.getJsonArray("primaryExploitationTypes", new JsonArray()), "type", "signals",
                        "ExploitationType"));
        chart("exploitation-types", m.t_trafficking(), types, List.of(m.signals()), "trafficking-types");
        add("trafficking-outcomes", m.t_trafficking_outcomes(), List.of(m.outcome(), m.signals(), m.share()),
                shares(t.getJsonArray("outcomes", new JsonArray()), "key", "signals", "TraffickingOutcome"));
    }

    private void lifecourse() {
        JsonObject l = f.lifecourse();
        add("lifecourse", m.t_lifecourse(),
                List.of(m.candidates(), m.inclusions(), m.active(), m.capacity(), m.cter_cases()),
                List.of(List.of(cell(l, "candidates"), cell(l, "inclusions"), cell(l, "active"),
                        String.valueOf(n(l, "capacity")), cell(l, "cterCases"))));
    }

    private ReportTable add(String id, String title, List<String> headers, List<List<Object>> rows) {
        ReportTable table = ReportTable.suppressed(id, title, headers, rows, rule, linked, withheld);
        tables.add(table);
        return table;
    }

    /**
     * A bar chart of a published table: the first column names the bars, the following columns are the series; a
     * bar group with a withheld cell is left out (a bar's length would give the count away).
     */
    private void chart(String id, String title, ReportTable table, List<String> series, String tableId) {
        List<String> categories = new ArrayList<>();
        List<List<Double>> values = new ArrayList<>();
        series.forEach(s -> values.add(new ArrayList<>()));
        for (List<Object> row : table.rows()) {
            if (row.subList(1, 1 + series.size()).stream().allMatch(Long.class::isInstance)) {
                categories.add(String.valueOf(row.get(0)));
                for (int i = 0; i < series.size(); i++) {
                    values.get(i).add(((Long) row.get(1 + i)).doubleValue());
                }
            }
        }
        List<SvgCharts.Series> bars = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            bars.add(new SvgCharts.Series(series.get(i), values.get(i)));
        }
        charts.add(new Chart(id, title, SvgCharts.counts(title, categories, bars, locale), tableId));
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

    private List<List<Object>> rows(JsonArray array, String label, String... counts) {
        List<List<Object>> rows = new ArrayList<>();
        for (Object o : array) {
            JsonObject row = (JsonObject) o;
            List<Object> cells = new ArrayList<>();
            cells.add(row.getString(label));
            for (String c : counts) {
                cells.add(cell(row, c));
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
            rows.add(List.of(name, cell(row, count), percent(row)));
        }
        return rows;
    }

    private List<List<Object>> map(JsonObject counts, String group) {
        List<List<Object>> rows = new ArrayList<>();
        for (Map.Entry<String, Object> e : counts) {
            rows.add(List.of(label(group, e.getKey()), cell(counts, e.getKey())));
        }
        return rows;
    }

    /** The share the service computed, withheld when the service withheld it or its count. */
    private Object percent(JsonObject row) {
        Object p = row.getValue("percent");
        if (p == null) {
            return row.containsKey("percent") ? ReportTable.SUPPRESSED : "";
        }
        return new ReportTable.Derived(decimal(new BigDecimal(p.toString()).doubleValue(), 1));
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

    /**
     * A count as a service published it: one the service withheld (the value {@code null}, the name in the object's
     * {@code suppressed} list) stays withheld.
     */
    /**
     * The count {@code key} of a service's figures: withheld when the service withheld it, else a figure named by its
     * place in the services' answers, so that the same figure in two tables is known as one.
     */
    private Object cell(JsonObject o, String key) {
        boolean suppressedByService = o != null && (o.containsKey(key) && o.getValue(key) == null
                || o.getJsonArray("suppressed", new JsonArray()).contains(key));
        if (suppressedByService) {
            return ReportTable.SUPPRESSED;
        }
        if (o == null) {
            return 0L;
        }
        int source = sources.computeIfAbsent(o.getMap(), map -> sources.size());
        return new ReportTable.Figure(source + "." + key, n(o, key));
    }

    /** The count of a cell being composed; null when withheld. */
    private static Long value(Object cell) {
        return cell instanceof Long n ? n : cell instanceof ReportTable.Figure figure ? (Long) figure.count() : null;
    }

    private static long n(JsonObject o, String key) {
        Object v = o == null ? null : o.getValue(key);
        return v instanceof Number number ? number.longValue() : 0;
    }
}
