package nl.zvh.deploy.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * ServiceMonitors and alert rules (Prometheus Operator): when an overlay renders ServiceMonitors, every app has
 * exactly one, it selects the app's Service, scrapes a port that Service names, on /q/metrics, and that port leads to
 * the app's management interface (the container port named management: metrics are served there only); every
 * PrometheusRule rule is well formed (alert or record, expr, a duration in for, a severity and a summary on alerts) and
 * names only metrics the apps export: the Micrometer meters registered in the platform's source (dots and dashes
 * become underscores, counters get _total) and the Kafka client metrics that Quarkus' Micrometer Kafka binder
 * publishes.
 * An alert on a metric nobody exports would never fire, which is the failure this check exists for.
 */
final class MonitoringChecks {

    /**
     * Meters not registered by the platform's own code: Micrometer's KafkaClientMetrics, bound by Quarkus
     * (quarkus-micrometer KafkaEventObserver) to every consumer and producer SmallRye Reactive Messaging creates;
     * Micrometer names them kafka.&lt;group without -metrics&gt;.&lt;name&gt;.
     */
    static final Set<String> FRAMEWORK_METRICS = Set.of("kafka_consumer_fetch_manager_records_lag_max",
            "kafka_producer_topic_record_send_total");

    private static final Set<String> RULE_FIELDS = Set.of("alert", "record", "expr", "for", "keep_firing_for", "labels",
            "annotations");
    private static final Set<String> SEVERITIES = Set.of("critical", "warning", "info");
    private static final Pattern DURATION = Pattern.compile("([0-9]+(ms|s|m|h|d|w|y))+");
    private static final Pattern METER_LITERAL = Pattern.compile("\"(zvh\\.[a-z0-9.\\-]+)\"");
    private static final Pattern COUNTER_CALL = Pattern
            .compile("(?:\\.counter|Counter\\.builder)\\(\\s*\"(zvh\\.[a-z0-9.\\-]+)\"");
    private static final Set<String> PROMQL_WORDS = Set.of("and", "or", "unless", "by", "without", "on", "ignoring",
            "group_left", "group_right", "offset", "bool", "inf", "nan");

    private MonitoringChecks() {
    }

    static void check(Rendered r, Problems problems) {
        List<Map<String, Object>> monitors = r.all("ServiceMonitor");
        if (!monitors.isEmpty()) {
            for (Map<String, Object> app : r.apps()) {
                long n = monitors.stream().filter(m -> scrapes(r, m).contains(Yaml.name(app))).count();
                if (n != 1) {
                    problems.add(Yaml.id(app), n + " ServiceMonitors scrape it, expected exactly one");
                }
            }
        }
        for (Map<String, Object> m : monitors) {
            serviceMonitor(r, m, problems);
        }
        Set<String> known = exportedMetrics(Repo.root());
        for (Map<String, Object> rule : r.all("PrometheusRule")) {
            prometheusRule(rule, known, problems);
        }
    }

    /** The Deployments whose pods a ServiceMonitor scrapes (through the Services it selects). */
    static Set<String> scrapes(Rendered r, Map<String, Object> monitor) {
        Set<String> apps = new LinkedHashSet<>();
        for (Map<String, Object> s : selectedServices(r, monitor)) {
            Map<String, String> selector = Yaml.labels(Yaml.at(s, "spec.selector"));
            r.all("Deployment").stream().filter(d -> WorkloadChecks.selects(selector, Rendered.podLabels(d)))
                    .forEach(d -> apps.add(Yaml.name(d)));
        }
        return apps;
    }

    static List<Map<String, Object>> selectedServices(Rendered r, Map<String, Object> monitor) {
        Map<String, String> selector = Yaml.labels(Yaml.at(monitor, "spec.selector.matchLabels"));
        if (Yaml.at(monitor, "spec.selector.matchExpressions") != null) {
            return List.of(); // not used here; refuse instead of guessing
        }
        return r.all("Service").stream()
                .filter(s -> WorkloadChecks.selects(selector, Yaml.labels(Yaml.at(s, "metadata.labels")))).toList();
    }

    private static void serviceMonitor(Rendered r, Map<String, Object> m, Problems problems) {
        String where = Yaml.id(m);
        List<Map<String, Object>> services = selectedServices(r, m);
        if (services.isEmpty()) {
            problems.add(where, "selector " + Yaml.at(m, "spec.selector") + " selects no Service");
            return;
        }
        for (Object endpoint : Yaml.list(Yaml.at(m, "spec.endpoints"))) {
            String port = Yaml.str(endpoint, "port");
            for (Map<String, Object> s : services) {
                boolean named = Yaml.list(Yaml.at(s, "spec.ports")).stream()
                        .anyMatch(p -> port != null && port.equals(Yaml.str(p, "name")));
                if (!named) {
                    problems.add(where, "endpoint port " + port + " is no port name of " + Yaml.id(s));
                    continue;
                }
                Optional<Map<String, Object>> app = ServicePorts.selected(r, s);
                if (app.isPresent() && (ServicePorts.management(app.get()).isEmpty()
                        || !ServicePorts.target(s, port, app.get()).equals(ServicePorts.management(app.get())))) {
                    problems.add(where,
                            "endpoint port " + port + " of " + Yaml.id(s) + " is not the management port of "
                                    + Yaml.id(app.get()) + " (metrics are served on the management interface only)");
                }
            }
            if (!"/q/metrics".equals(Yaml.str(endpoint, "path"))) {
                problems.add(where, "endpoint path " + Yaml.str(endpoint, "path") + " is not /q/metrics");
            }
        }
    }

    private static void prometheusRule(Map<String, Object> doc, Set<String> known, Problems problems) {
        for (Object group : Yaml.list(Yaml.at(doc, "spec.groups"))) {
            String where = Yaml.id(doc) + " group " + Yaml.str(group, "name");
            List<Object> rules = Yaml.list(Yaml.at(group, "rules"));
            if (Yaml.str(group, "name") == null || rules.isEmpty()) {
                problems.add(where, "a group needs a name and rules");
            }
            for (Object rule : rules) {
                String name = Optional.ofNullable(Yaml.str(rule, "alert")).orElse(Yaml.str(rule, "record"));
                String at = where + " rule " + name;
                for (String key : Yaml.map(rule).keySet()) {
                    if (!RULE_FIELDS.contains(key)) {
                        problems.add(at, "unknown field '" + key + "'");
                    }
                }
                if ((Yaml.at(rule, "alert") == null) == (Yaml.at(rule, "record") == null)) {
                    problems.add(at, "needs exactly one of alert and record");
                }
                String expr = Yaml.str(rule, "expr");
                if (expr == null || expr.isBlank()) {
                    problems.add(at, "expr missing");
                    continue;
                }
                for (String metric : metricNames(expr)) {
                    if (!known.contains(metric)) {
                        problems.add(at, "expr names metric " + metric + " that no app exports");
                    }
                }
                for (String d : List.of("for", "keep_firing_for")) {
                    String v = Yaml.str(rule, d);
                    if (v != null && !DURATION.matcher(v).matches()) {
                        problems.add(at, d + " " + v + " is not a duration");
                    }
                }
                if (Yaml.at(rule, "alert") != null) {
                    if (!SEVERITIES.contains(Yaml.str(rule, "labels.severity"))) {
                        problems.add(at, "labels.severity must be one of " + SEVERITIES);
                    }
                    if (Yaml.str(rule, "annotations.summary") == null) {
                        problems.add(at, "annotations.summary missing");
                    }
                }
            }
        }
    }

    /** The metric names a PromQL expression reads (strings, label matchers, groupings and ranges removed). */
    static Set<String> metricNames(String expr) {
        String e = expr.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"") // string literals
                .replaceAll("\\{[^}]*}", " ") // label matchers
                .replaceAll("\\[[^]]*]", " ") // ranges and subqueries
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*").matcher(e);
        while (m.find()) {
            String word = m.group();
            int next = m.end();
            while (next < e.length() && Character.isWhitespace(e.charAt(next))) {
                next++;
            }
            boolean function = next < e.length() && e.charAt(next) == '(';
            boolean number = m.start() > 0 && Character.isDigit(e.charAt(m.start() - 1));
            if (!function && !number && !PROMQL_WORDS.contains(word.toLowerCase())) {
                names.add(word);
            }
        }
        return names;
    }

    /**
     * Prometheus names of the Micrometer meters registered in the apps' main sources (every module's
     * src/main/java), plus {@link #FRAMEWORK_METRICS}.
     */
    static Set<String> exportedMetrics(Path repoRoot) {
        Set<String> names = new TreeSet<>(FRAMEWORK_METRICS);
        try (Stream<Path> modules = Files.list(repoRoot)) {
            for (Path module : modules.filter(p -> Files.isDirectory(p.resolve("src/main/java"))).toList()) {
                try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                        String src = Files.readString(f);
                        if (!src.contains("io.micrometer.core.instrument")) {
                            continue;
                        }
                        Set<String> counters = new TreeSet<>();
                        Matcher c = COUNTER_CALL.matcher(src);
                        while (c.find()) {
                            counters.add(c.group(1));
                        }
                        Matcher m = METER_LITERAL.matcher(src);
                        while (m.find()) {
                            String prometheus = m.group(1).replaceAll("[.\\-]", "_");
                            names.add(counters.contains(m.group(1)) ? prometheus + "_total" : prometheus);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
