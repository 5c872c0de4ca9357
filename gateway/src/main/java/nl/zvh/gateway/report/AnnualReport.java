package nl.zvh.gateway.report;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Composes the services' figures into the houses' report layout: tables (each exportable as CSV) and charts. Only
 * aggregates pass through; the services never return persons to an analyst.
 */
public final class AnnualReport {

    /** The composed report. */
    public record Report(int year, String municipality, List<String> municipalities, List<ReportTable> tables,
                         List<Chart> charts, List<String> unavailable) {

        public ReportTable table(String id) {
            return tables.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
        }
    }

    private final ServiceFigures f;
    private final ReportMessages m;
    private final List<ReportTable> tables = new ArrayList<>();
    private final List<Chart> charts = new ArrayList<>();
    private final List<String> unavailable = new ArrayList<>();

    private AnnualReport(ServiceFigures f, ReportMessages m) {
        this.f = f;
        this.m = m;
    }

    public static Report of(ServiceFigures figures, ReportMessages messages) {
        return new AnnualReport(figures, messages).build();
    }

    private Report build() {
        intake();
        coveca();
        reintegration();
        trafficking();
        lifecourse();
        TreeSet<String> municipalities = new TreeSet<>();
        if (f.intakeAllMunicipalities() != null) {
            f.intakeAllMunicipalities().getJsonArray("perMunicipality", new JsonArray())
                    .forEach(o -> municipalities.add(((JsonObject) o).getString("municipality")));
        }
        if (f.municipality() != null) {
            municipalities.add(f.municipality());
        }
        return new Report(f.year(), f.municipality(), List.copyOf(municipalities), tables, charts, unavailable);
    }

    private void intake() {
        JsonObject in = f.intake();
        if (in == null) {
            unavailable.add("intake");
            return;
        }
        JsonObject o = in.getJsonObject("outcomes");
        List<Object> inflow = new ArrayList<>(List.of(n(in, "referrals"), n(o, "approaches"), n(o, "advices"),
                n(o, "noAction"), n(o, "withdrawn"), n(o, "untriaged")));
        List<String> inflowHeaders = new ArrayList<>(List.of(m.referrals(), m.approaches(), m.advices(),
                m.no_action(), m.withdrawn(), m.untriaged()));
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
            add("comparison", m.t_comparison(), List.of(m.figure(), String.valueOf(f.year() - 1),
                    String.valueOf(f.year()), m.difference()), rows);
        }

        List<List<Object>> quarters = new ArrayList<>();
        List<Double> thisYear = new ArrayList<>();
        List<Double> lastYear = new ArrayList<>();
        List<String> qLabels = new ArrayList<>();
        JsonArray prevQuarters = prev == null ? new JsonArray() : prev.getJsonArray("perQuarter");
        for (int i = 0; i < in.getJsonArray("perQuarter").size(); i++) {
            JsonObject q = in.getJsonArray("perQuarter").getJsonObject(i);
            quarters.add(List.of(q.getString("quarter"), n(q, "referrals"), n(q, "approaches"), n(q, "advices"),
                    n(q, "untriaged")));
            qLabels.add(q.getString("quarter"));
            thisYear.add((double) n(q, "referrals"));
            lastYear.add(i < prevQuarters.size() ? (double) n(prevQuarters.getJsonObject(i), "referrals") : 0);
        }
        add("quarters", m.t_quarters(), List.of(m.quarter(), m.referrals(), m.approaches(), m.advices(),
                m.untriaged()), quarters);
        charts.add(new Chart("inflow", m.c_inflow(f.year() - 1, f.year()), SvgCharts.bars(
                m.c_inflow(f.year() - 1, f.year()), qLabels, List.of(
                        new SvgCharts.Series(String.valueOf(f.year() - 1), lastYear),
                        new SvgCharts.Series(String.valueOf(f.year()), thisYear)))));

        add("municipalities", m.t_municipalities(), List.of(m.municipality(), m.referrals(), m.approaches(),
                m.advices(), m.untriaged()), rows(in.getJsonArray("perMunicipality"), "municipality",
                "referrals", "approaches", "advices", "untriaged"));

        List<List<Object>> domains = new ArrayList<>();
        List<String> dLabels = new ArrayList<>();
        List<Double> dValues = new ArrayList<>();
        for (Object d : in.getJsonArray("referrerDomains")) {
            JsonObject s = (JsonObject) d;
            String label = m.domain_label(s.getString("key"));
            domains.add(List.of(label, n(s, "referrals"), percent(s)));
            dLabels.add(label);
            dValues.add((double) n(s, "referrals"));
        }
        add("domains", m.t_domains(), List.of(m.domain(), m.referrals(), m.share()), domains);
        charts.add(new Chart("domains", m.t_domains(), SvgCharts.bars(m.t_domains(), dLabels,
                List.of(new SvgCharts.Series(m.referrals(), dValues)))));
        add("organisations", m.t_organisations(), List.of(m.organisation(), m.referrals(), m.share()),
                shares(in.getJsonArray("referrerOrganisations"), "key", "referrals"));
        add("problem-areas", m.t_problem_areas(), List.of(m.problem_area(), m.referrals(), m.share()),
                shares(in.getJsonArray("problemAreas"), "key", "referrals"));
        List<List<Object>> programmes = new ArrayList<>();
        for (Map.Entry<String, Object> e : in.getJsonObject("approachesByProgramme")) {
            programmes.add(List.of(e.getKey(), ((Number) e.getValue()).longValue()));
        }
        add("programmes", m.t_programmes(), List.of(m.programme(), m.approaches()), programmes);
    }

    private void coveca() {
        JsonObject c = f.coveca();
        if (c == null) {
            unavailable.add("coveca");
            return;
        }
        List<List<Object>> quarters = new ArrayList<>();
        for (Object q : c.getJsonArray("approachesPerQuarter", new JsonArray())) {
            JsonObject quarter = (JsonObject) q;
            if (quarter.getString("quarter").startsWith(f.year() + "-")) {
                quarters.add(List.of(quarter.getString("quarter"), n(quarter, "started"), n(quarter, "active")));
            }
        }
        add("coveca-quarters", m.t_coveca_quarters(), List.of(m.quarter(), m.started(), m.active()), quarters);
        JsonObject persons = c.getJsonObject("uniquePersonsPerSubApproach", new JsonObject());
        JsonObject meetings = c.getJsonObject("meetingsPerSubApproach", new JsonObject());
        TreeSet<String> subs = new TreeSet<>(persons.fieldNames());
        subs.addAll(meetings.fieldNames());
        List<List<Object>> sub = new ArrayList<>();
        for (String s : subs) {
            sub.add(List.of(s, n(persons, s), n(meetings, s)));
        }
        add("coveca-sub-approaches", m.t_coveca_sub(), List.of(m.sub_approach(), m.unique_persons(), m.meetings()),
                sub);
        add("coveca-ages", m.t_coveca_ages(), List.of(m.age_band(), m.persons()),
                map(c.getJsonObject("ageBandsOfMainPersons", new JsonObject())));
        add("coveca-closures", m.t_coveca_closures(), List.of(m.reason(), m.cases()),
                map(c.getJsonObject("closureReasons", new JsonObject())));
        add("coveca-gender", m.t_coveca_gender(), List.of(m.gender(), m.persons()),
                map(c.getJsonObject("genderOfMainPersons", new JsonObject())));
        add("coveca-crossing", m.t_coveca_crossing(), List.of(m.cases()),
                List.of(List.of(n(c, "casesCrossingMunicipalityBorders"))));

        List<List<Object>> averages = new ArrayList<>();
        TreeSet<String> domains = new TreeSet<>();
        TreeSet<Integer> rounds = new TreeSet<>();
        JsonArray all = c.getJsonArray("lifeDomainAverages", new JsonArray());
        for (Object a : all) {
            JsonObject avg = (JsonObject) a;
            averages.add(List.of(m.round() + " " + avg.getInteger("round"), avg.getString("lifeDomain"),
                    String.format(java.util.Locale.ROOT, "%.2f", avg.getDouble("average")), n(avg, "n")));
            domains.add(avg.getString("lifeDomain"));
            rounds.add(avg.getInteger("round"));
        }
        add("life-domains", m.t_life_domains(), List.of(m.round(), m.life_domain(), m.average(), m.n()), averages);
        List<SvgCharts.Series> series = new ArrayList<>();
        List<String> domainList = new ArrayList<>(domains);
        for (int round : rounds) {
            List<Double> values = new ArrayList<>();
            for (String domain : domainList) {
                values.add(all.stream().map(JsonObject.class::cast).filter(a -> a.getInteger("round") == round
                        && a.getString("lifeDomain").equals(domain)).mapToDouble(a -> a.getDouble("average"))
                        .findFirst().orElse(0));
            }
            series.add(new SvgCharts.Series(m.round() + " " + round, values));
        }
        charts.add(new Chart("life-domains", m.t_life_domains(), SvgCharts.bars(m.t_life_domains(), domainList,
                series)));
    }

    private void reintegration() {
        JsonObject r = f.reintegration();
        if (r == null) {
            unavailable.add("reintegration");
            return;
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Object o : r.getJsonArray("rows", new JsonArray())) {
            JsonObject row = (JsonObject) o;
            if (row.getInteger("year") == f.year() && (f.municipality() == null
                    || f.municipality().equals(row.getString("municipality")))) {
                rows.add(List.of(row.getString("municipality"), n(row, "detentions"), n(row, "releases"),
                        n(row, "releasedWithAllConditionsArranged"), n(row, "escalations")));
            }
        }
        add("reintegration", m.t_reintegration(), List.of(m.municipality(), m.detentions(), m.releases(),
                m.conditions_arranged(), m.escalations()), rows);
    }

    private void trafficking() {
        JsonObject t = f.trafficking();
        if (t == null) {
            unavailable.add("trafficking");
            return;
        }
        List<List<Object>> rows = shares(t.getJsonArray("primaryExploitationTypes", new JsonArray()), "type",
                "signals");
        add("trafficking-types", m.t_trafficking(), List.of(m.exploitation_type(), m.signals(), m.share()), rows);
        charts.add(new Chart("exploitation-types", m.t_trafficking(), SvgCharts.bars(m.t_trafficking(),
                rows.stream().map(row -> (String) row.get(0)).toList(), List.of(new SvgCharts.Series(m.signals(),
                        rows.stream().map(row -> ((Long) row.get(1)).doubleValue()).toList())))));
        add("trafficking-outcomes", m.t_trafficking_outcomes(), List.of(m.outcome(), m.signals(), m.share()),
                shares(t.getJsonArray("outcomes", new JsonArray()), "key", "signals"));
    }

    private void lifecourse() {
        JsonObject l = f.lifecourse();
        if (l == null) {
            unavailable.add("lifecourse");
            return;
        }
        add("lifecourse", m.t_lifecourse(), List.of(m.candidates(), m.inclusions(), m.active(), m.capacity(),
                m.cter_cases()), List.of(List.of(n(l, "candidates"), n(l, "inclusions"), n(l, "active"),
                String.valueOf(l.getValue("capacity")), n(l, "cterCases"))));
    }

    private void add(String id, String title, List<String> headers, List<List<Object>> rows) {
        tables.add(new ReportTable(id, title, headers, rows));
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

    private static List<List<Object>> shares(JsonArray array, String label, String count) {
        List<List<Object>> rows = new ArrayList<>();
        for (Object o : array) {
            JsonObject row = (JsonObject) o;
            rows.add(List.of(row.getString(label), n(row, count), percent(row)));
        }
        return rows;
    }

    private static List<List<Object>> map(JsonObject counts) {
        List<List<Object>> rows = new ArrayList<>();
        for (Map.Entry<String, Object> e : counts) {
            rows.add(List.of(e.getKey(), ((Number) e.getValue()).longValue()));
        }
        return rows;
    }

    private static String percent(JsonObject row) {
        Object p = row.getValue("percent");
        return p == null ? "" : new java.math.BigDecimal(p.toString()).setScale(1,
                java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static long n(JsonObject o, String key) {
        Object v = o == null ? null : o.getValue(key);
        return v instanceof Number number ? number.longValue() : 0;
    }
}
