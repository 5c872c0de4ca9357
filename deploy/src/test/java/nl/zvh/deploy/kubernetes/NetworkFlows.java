package nl.zvh.deploy.kubernetes;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates the NetworkPolicies (Kubernetes semantics: a pod selected by no policy of a direction is open in that
 * direction; otherwise some rule must match peer and port) on a model of the pods: the Deployments, the pods the
 * operators create (CloudNativePG, Keycloak, Strimzi, with the labels those operators set), and outside pods (edge
 * proxy, Prometheus, cluster DNS, the CloudNativePG operator, a pod elsewhere, a stray pod in the namespace). Strimzi's generated
 * ingress policy for Kafka is modelled from the listener's networkPolicyPeers. Every flow the platform needs must be
 * allowed, on the port it needs (the container port a ConfigMap URL's Service port, a route's backend port or a
 * ServiceMonitor's port leads to), and nothing else between these pods on any port they listen on: an app's
 * management port is open to Prometheus and, on the services, to the gateway only.
 */
final class NetworkFlows {

    record Pod(String id, String ns, Map<String, String> labels, Map<String, Integer> namedPorts, int port) {
        /** Every port the pod listens on: its main port and its named ones (e.g. the management interface). */
        Set<Integer> ports() {
            Set<Integer> all = new LinkedHashSet<>(List.of(port));
            all.addAll(namedPorts.values());
            return all;
        }
    }

    record Flow(String from, String to, int port, String protocol) {
        @Override
        public String toString() {
            return from + " -> " + to + ":" + port + (protocol.equals("TCP") ? "" : "/" + protocol);
        }
    }

    private final Rendered r;
    private final String ns;
    private final Map<String, Pod> pods = new LinkedHashMap<>();
    private final List<Map<String, Object>> policies = new ArrayList<>();

    private NetworkFlows(Rendered r) {
        this.r = r;
        this.ns = r.apps().stream().map(d -> Yaml.str(d, "metadata.namespace")).filter(Objects::nonNull).findFirst()
                .orElse("default");
        for (Map<String, Object> d : r.all("Deployment")) {
            Map<String, Integer> named = new LinkedHashMap<>();
            int main = 0;
            for (Object c : Yaml.list(Yaml.at(d, "spec.template.spec.containers"))) {
                for (Object p : Yaml.list(Yaml.at(c, "ports"))) {
                    int number = ((Number) Yaml.at(p, "containerPort")).intValue();
                    main = main == 0 ? number : main;
                    if (Yaml.str(p, "name") != null) {
                        named.put(Yaml.str(p, "name"), number);
                    }
                }
            }
            add(new Pod(Yaml.name(d), ns, Rendered.podLabels(d), named, main));
        }
        r.all("Cluster").forEach(c -> add(new Pod(Yaml.name(c), ns,
                Map.of("cnpg.io/cluster", Yaml.name(c), "cnpg.io/podRole", "instance"), Map.of(), 5432)));
        r.all("Keycloak")
                .forEach(k -> add(new Pod(Yaml.name(k), ns, Map.of("app", "keycloak", "app.kubernetes.io/instance",
                        Yaml.name(k), "app.kubernetes.io/managed-by", "keycloak-operator"), Map.of(), 8080)));
        for (Map<String, Object> k : r.all("Kafka")) {
            Map<String, String> labels = Map.of("strimzi.io/cluster", Yaml.name(k), "strimzi.io/kind", "Kafka",
                    "strimzi.io/name", Yaml.name(k) + "-kafka", "strimzi.io/broker-role", "true");
            add(new Pod(Yaml.name(k), ns, labels, Map.of(), 9092));
            policies.add(strimziListenerPolicy(k));
        }
        add(new Pod("edge-proxy", "edge", Map.of("app", "edge-proxy"), Map.of(), 8443));
        add(new Pod("prometheus", "monitoring", Map.of("app.kubernetes.io/name", "prometheus"), Map.of(), 9090));
        add(new Pod("otel-collector", "observability", Map.of("app.kubernetes.io/name", "otel-collector"), Map.of(),
                4317));
        add(new Pod("kube-dns", "kube-system", Map.of("k8s-app", "kube-dns"), Map.of(), 53));
        add(new Pod("cnpg-operator", "cnpg-system", Map.of("app.kubernetes.io/name", "cloudnative-pg"), Map.of(), 0));
        add(new Pod("pod-elsewhere", "elsewhere", Map.of("app", "other"), Map.of(), 443));
        add(new Pod("stray-pod", ns, Map.of("app", "debug"), Map.of(), 8080));
        policies.addAll(r.all("NetworkPolicy"));
    }

    static void check(Rendered r, Problems problems) {
        new NetworkFlows(r).verify(problems);
    }

    private void add(Pod p) {
        pods.put(p.id(), p);
    }

    private void verify(Problems problems) {
        Set<Flow> needed = needed(problems);
        for (Flow f : needed) {
            if (!allowed(f)) {
                problems.add("NetworkPolicy", "needed flow " + f + " is blocked");
            }
        }
        Set<Flow> tolerated = new LinkedHashSet<>(needed);
        r.all("Cluster").forEach(c -> tolerated.add(new Flow("cnpg-operator", Yaml.name(c), 5432, "TCP")));
        // Prometheus may scrape every app's management port (components/network-policies/monitoring.yaml) even where
        // no ServiceMonitor asks it to (the dev overlay has none)
        r.apps().forEach(a -> tolerated.add(new Flow("prometheus", Yaml.name(a),
                ServicePorts.management(a).orElse(pods.get(Yaml.name(a)).port()), "TCP")));
        for (Pod from : pods.values()) {
            for (Pod to : pods.values()) {
                boolean inside = to.ns().equals(ns) && !to.id().equals("stray-pod");
                boolean appEgress = !inside && "app".equals(from.labels().get("zvh.nl/tier"))
                        && !to.id().equals("kube-dns");
                if (from == to || to.port() == 0 || !(inside || appEgress)) {
                    continue;
                }
                for (int port : to.ports()) {
                    Flow f = new Flow(from.id(), to.id(), port, "TCP");
                    if (!tolerated.contains(f) && allowed(f)) {
                        problems.add("NetworkPolicy", "flow " + f + " is allowed but the platform does not need it");
                    }
                }
            }
        }
    }

    private Set<Flow> needed(Problems problems) {
        Set<Flow> needed = new LinkedHashSet<>();
        for (Map<String, Object> app : r.apps()) {
            String name = Yaml.name(app);
            needed.add(new Flow(name, "kube-dns", 53, "UDP"));
            Map<String, Object> config = Yaml
                    .map(Yaml.at(r.find("ConfigMap", name + "-config").orElse(Map.of()), "data"));
            config.forEach((key, value) -> {
                String host = host(String.valueOf(value));
                String target = null;
                if (key.endsWith("_URL") && !key.startsWith("QUARKUS_")) {
                    Optional<Flow> flow = serviceFlow(name, String.valueOf(value));
                    flow.ifPresentOrElse(needed::add, () -> problems.add(Yaml.id(app),
                            key + "=" + value + " reaches no port of a pod of this deployment"));
                    return;
                } else if (key.equals("QUARKUS_DATASOURCE_JDBC_URL") || key.equals("QUARKUS_OIDC_AUTH_SERVER_URL")) {
                    target = host.replaceAll("-(rw|service)$", "");
                } else if (key.equals("KAFKA_BOOTSTRAP_SERVERS")) {
                    target = host.replaceAll("-kafka-bootstrap$", "");
                } else if (key.equals("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT")) {
                    target = host.split("\\.")[0]; // components/tracing: the collector of collector.yaml
                } else {
                    return;
                }
                Pod to = target == null ? null : pods.get(target);
                if (to == null) {
                    problems.add(Yaml.id(app), key + "=" + value + " reaches no pod of this deployment");
                } else {
                    needed.add(new Flow(name, to.id(), to.port(), "TCP"));
                }
            });
        }
        for (Map<String, Object> route : r.all("HTTPRoute")) {
            for (Object rule : Yaml.list(Yaml.at(route, "spec.rules"))) {
                for (Object backend : Yaml.list(Yaml.at(rule, "backendRefs"))) {
                    Optional<Map<String, Object>> service = r.find("Service", Yaml.str(backend, "name"));
                    Optional<Map<String, Object>> app = service.flatMap(s -> ServicePorts.selected(r, s));
                    String target = Yaml.str(backend, "name").replaceAll("-service$", "");
                    if (app.isPresent()) {
                        ServicePorts.target(service.get(), Yaml.at(backend, "port"), app.get()).ifPresent(
                                port -> needed.add(new Flow("edge-proxy", Yaml.name(app.get()), port, "TCP")));
                    } else if (pods.containsKey(target)) {
                        needed.add(new Flow("edge-proxy", target, pods.get(target).port(), "TCP"));
                    }
                }
            }
        }
        for (Map<String, Object> monitor : r.all("ServiceMonitor")) {
            for (Object endpoint : Yaml.list(Yaml.at(monitor, "spec.endpoints"))) {
                for (Map<String, Object> s : MonitoringChecks.selectedServices(r, monitor)) {
                    ServicePorts.selected(r, s)
                            .ifPresent(app -> needed.add(new Flow("prometheus", Yaml.name(app), ServicePorts
                                    .target(s, Yaml.str(endpoint, "port"), app).orElse(pods.get(Yaml.name(app)).port()),
                                    "TCP")));
                }
            }
        }
        for (Map<String, Object> kc : r.all("Keycloak")) {
            String db = String.valueOf(Yaml.str(kc, "spec.db.host")).replaceAll("-rw$", "");
            needed.add(new Flow(Yaml.name(kc), db, 5432, "TCP"));
        }
        return needed;
    }

    /** The flow a URL of the app's ConfigMap opens to a platform Service (its port leads to a container port). */
    private Optional<Flow> serviceFlow(String from, String url) {
        URI uri = URI.create(url);
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        Optional<Map<String, Object>> service = r.find("Service", uri.getHost());
        return service.flatMap(s -> ServicePorts.selected(r, s)).flatMap(d -> ServicePorts
                .target(service.get(), port, d).map(target -> new Flow(from, Yaml.name(d), target, "TCP")));
    }

    private static String host(String url) {
        String h = url.replaceFirst("^[a-z:]+//", "");
        return h.split("[:/,]")[0];
    }

    private boolean allowed(Flow f) {
        Pod from = pods.get(f.from());
        Pod to = pods.get(f.to());
        return direction(from, to, f, "Egress", "egress", "to", to)
                && direction(to, from, f, "Ingress", "ingress", "from", to);
    }

    /** Whether the policies selecting {@code subject} let it talk to {@code peer} in this direction. */
    private boolean direction(Pod subject, Pod peer, Flow f, String type, String rulesKey, String peersKey, Pod dst) {
        boolean selected = false;
        for (Map<String, Object> p : policies) {
            String policyNs = Objects.requireNonNullElse(Yaml.str(p, "metadata.namespace"), ns);
            if (!policyNs.equals(subject.ns()) || !matches(Yaml.at(p, "spec.podSelector"), subject.labels())) {
                continue;
            }
            List<Object> types = Yaml.list(Yaml.at(p, "spec.policyTypes"));
            boolean applies = types.isEmpty()
                    ? type.equals("Ingress") || Yaml.at(p, "spec.egress") != null
                    : types.contains(type);
            if (!applies) {
                continue;
            }
            selected = true;
            for (Object rule : Yaml.list(Yaml.at(p, "spec." + rulesKey))) {
                Object peers = Yaml.at(rule, peersKey);
                boolean peerOk = peers == null || Yaml.list(peers).stream().anyMatch(x -> peer(policyNs, x, peer));
                if (peerOk && port(Yaml.at(rule, "ports"), f, dst)) {
                    return true;
                }
            }
        }
        return !selected;
    }

    private boolean peer(String policyNs, Object peer, Pod pod) {
        Object podSelector = Yaml.at(peer, "podSelector");
        Object nsSelector = Yaml.at(peer, "namespaceSelector");
        if (podSelector == null && nsSelector == null) {
            return false; // ipBlock: never a pod address in this model
        }
        Map<String, String> nsLabels = Map.of("kubernetes.io/metadata.name", pod.ns());
        if (pod.ns().equals("edge")) {
            nsLabels = Map.of("kubernetes.io/metadata.name", "edge", "zvh.nl/edge", "true");
        } else if (pod.ns().equals("monitoring")) {
            nsLabels = Map.of("kubernetes.io/metadata.name", "monitoring", "zvh.nl/monitoring", "true");
        } else if (pod.ns().equals("observability")) {
            nsLabels = Map.of("kubernetes.io/metadata.name", "observability", "zvh.nl/tracing", "true");
        }
        boolean nsOk = nsSelector == null ? pod.ns().equals(policyNs) : matches(nsSelector, nsLabels);
        return nsOk && (podSelector == null || matches(podSelector, pod.labels()));
    }

    private static boolean port(Object ports, Flow f, Pod dst) {
        if (ports == null || Yaml.list(ports).isEmpty()) {
            return true;
        }
        for (Object p : Yaml.list(ports)) {
            String protocol = Objects.requireNonNullElse(Yaml.str(p, "protocol"), "TCP");
            Object port = Yaml.at(p, "port");
            Integer end = (Integer) Yaml.at(p, "endPort");
            Integer number = port instanceof Integer i ? i : port == null ? null : dst.namedPorts().get(port);
            boolean portOk = port == null
                    || number != null && (end == null ? number == f.port() : number <= f.port() && f.port() <= end);
            if (protocol.equals(f.protocol()) && portOk) {
                return true;
            }
        }
        return false;
    }

    static boolean matches(Object selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        for (var e : Yaml.labels(Yaml.at(selector, "matchLabels")).entrySet()) {
            if (!e.getValue().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        for (Object expr : Yaml.list(Yaml.at(selector, "matchExpressions"))) {
            String value = labels.get(Yaml.str(expr, "key"));
            List<Object> values = Yaml.list(Yaml.at(expr, "values"));
            boolean ok = switch (String.valueOf(Yaml.str(expr, "operator"))) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Object> strimziListenerPolicy(Map<String, Object> kafka) {
        List<Object> rules = new ArrayList<>();
        for (Object listener : Yaml.list(Yaml.at(kafka, "spec.kafka.listeners"))) {
            Map<String, Object> rule = new LinkedHashMap<>();
            if (Yaml.at(listener, "networkPolicyPeers") != null) {
                rule.put("from", Yaml.at(listener, "networkPolicyPeers"));
            }
            rule.put("ports", List.of(Map.of("protocol", "TCP", "port", Yaml.at(listener, "port"))));
            rules.add(rule);
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("podSelector",
                Map.of("matchLabels", Map.of("strimzi.io/cluster", Yaml.name(kafka), "strimzi.io/kind", "Kafka")));
        spec.put("policyTypes", List.of("Ingress"));
        spec.put("ingress", rules);
        return Map.of(
                "kind", "NetworkPolicy", "metadata", Map.of("name", Yaml.name(kafka) + "-network-policy-kafka",
                        "namespace", Objects.requireNonNullElse(Yaml.str(kafka, "metadata.namespace"), "default")),
                "spec", spec);
    }
}
