package nl.zvh.deploy.kubernetes;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The platform's own workloads: every Deployment runs an image with health probes on the Quarkus endpoints of its
 * management interface (a container port named {@value #MANAGEMENT}, the one its ConfigMap's QUARKUS_MANAGEMENT_PORT
 * names), resource requests and limits, the hardened security context and a writable /tmp; selectors match pod labels;
 * every Service selects a Deployment's pods and targets a port they declare; every Deployment has its ConfigMap,
 * Secret reference, PodDisruptionBudget and HorizontalPodAutoscaler.
 */
final class WorkloadChecks {

    /** The name of the container port of the Quarkus management interface (health, metrics, OpenAPI). */
    static final String MANAGEMENT = "management";

    private WorkloadChecks() {
    }

    static void check(Rendered r, Problems problems) {
        for (Map<String, Object> d : r.all("Deployment")) {
            deployment(r, d, problems);
        }
        for (Map<String, Object> s : r.all("Service")) {
            service(r, s, problems);
        }
    }

    private static void deployment(Rendered r, Map<String, Object> d, Problems problems) {
        String where = Yaml.id(d);
        String app = Yaml.name(d);
        Map<String, String> selector = Yaml.labels(Yaml.at(d, "spec.selector.matchLabels"));
        Map<String, String> podLabels = Rendered.podLabels(d);
        if (selector.isEmpty() || !podLabels.entrySet().containsAll(selector.entrySet())) {
            problems.add(where, "selector " + selector + " does not match the pod labels " + podLabels);
        }
        Map<String, Object> pod = Yaml.map(Yaml.at(d, "spec.template.spec"));
        Object podSecurity = pod.get("securityContext");
        if (!Boolean.TRUE.equals(Yaml.at(podSecurity, "runAsNonRoot"))) {
            problems.add(where, "pod securityContext.runAsNonRoot must be true");
        }
        if (!"RuntimeDefault".equals(Yaml.str(podSecurity, "seccompProfile.type"))) {
            problems.add(where, "pod securityContext.seccompProfile.type must be RuntimeDefault");
        }
        List<Object> containers = Yaml.list(pod.get("containers"));
        if (containers.isEmpty()) {
            problems.add(where, "no containers");
        }
        for (Object c : containers) {
            container(where + " container " + Yaml.str(c, "name"), c, pod, problems);
        }
        boolean tmpOnEmptyDir = containers.stream().flatMap(c -> Yaml.list(Yaml.at(c, "volumeMounts")).stream())
                .filter(m -> "/tmp".equals(Yaml.str(m, "mountPath")))
                .anyMatch(m -> Yaml.list(pod.get("volumes")).stream()
                        .anyMatch(v -> Objects.equals(Yaml.str(v, "name"), Yaml.str(m, "name"))
                                && Yaml.at(v, "emptyDir") != null));
        if (!tmpOnEmptyDir) {
            problems.add(where, "/tmp must be an emptyDir volume (read-only root filesystem)");
        }
        if (r.find("ConfigMap", app + "-config").isEmpty()) {
            problems.add(where, "ConfigMap " + app + "-config missing");
        } else {
            // graceful shutdown: readiness goes down at SIGTERM and requests are served for the delay, then in-flight
            // requests get the application's 20 s; the pod must be given longer than both
            managementPortConfigured(where, r.config(app, "QUARKUS_MANAGEMENT_PORT"), containers, problems);
            String delay = Yaml.str(r.find("ConfigMap", app + "-config").get(), "data.QUARKUS_SHUTDOWN_DELAY");
            Object grace = pod.get("terminationGracePeriodSeconds");
            if (delay == null) {
                problems.add(where,
                        "no QUARKUS_SHUTDOWN_DELAY in " + app + "-config (a rolling update drops requests)");
            } else if (!(grace instanceof Number g)
                    || g.intValue() < 20 + Integer.parseInt(delay.replace("s", "")) + 5) {
                problems.add(where, "terminationGracePeriodSeconds " + grace + " is shorter than the shutdown delay "
                        + delay + " + 20 s for in-flight requests + 5 s");
            }
        }
        for (Object c : containers) {
            for (Object from : Yaml.list(Yaml.at(c, "envFrom"))) {
                String cm = Yaml.str(from, "configMapRef.name");
                if (cm != null && r.find("ConfigMap", cm).isEmpty()) {
                    problems.add(where, "envFrom refers to missing ConfigMap " + cm);
                }
            }
            for (Object env : Yaml.list(Yaml.at(c, "env"))) {
                String secret = Yaml.str(env, "valueFrom.secretKeyRef.name");
                // the database owner's Secret, the runtime role's (both shared with CloudNativePG), or the one the
                // User Operator writes for the app's own KafkaUser
                boolean ownKafkaUser = app.equals(secret) && r.find("KafkaUser", app).isPresent();
                if (secret != null && !secret.equals(app + "-config-creds") && !secret.equals(app + "-db-app-creds")
                        && !ownKafkaUser) {
                    problems.add(where, "reads Secret " + secret + "; credentials belong in " + app + "-config-creds, "
                            + app + "-db-app-creds or the app's KafkaUser");
                }
            }
        }
        boolean pdb = r.all("PodDisruptionBudget").stream()
                .anyMatch(p -> selects(Yaml.labels(Yaml.at(p, "spec.selector.matchLabels")), podLabels));
        if (!pdb) {
            problems.add(where, "no PodDisruptionBudget selects its pods");
        }
        boolean hpa = r.all("HorizontalPodAutoscaler").stream()
                .anyMatch(h -> "Deployment".equals(Yaml.str(h, "spec.scaleTargetRef.kind"))
                        && app.equals(Yaml.str(h, "spec.scaleTargetRef.name")));
        if (!hpa) {
            problems.add(where, "no HorizontalPodAutoscaler scales it");
        }
    }

    private static void container(String where, Object c, Map<String, Object> pod, Problems problems) {
        String image = Yaml.str(c, "image");
        if (image == null || image.isBlank()) {
            problems.add(where, "no image");
        } else if (image.endsWith(":latest") || !image.contains(":")) {
            problems.add(where, "image " + image + " has no fixed tag");
        }
        if (containerPort(List.of(c), MANAGEMENT).isEmpty()) {
            problems.add(where, "no container port named " + MANAGEMENT + " (the Quarkus management interface)");
        }
        probe(where, c, "livenessProbe", "/q/health/live", problems);
        probe(where, c, "readinessProbe", "/q/health/ready", problems);
        if (Yaml.at(c, "startupProbe") != null) {
            probe(where, c, "startupProbe", "/q/health/started", problems);
        }
        for (String kind : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                if (Yaml.at(c, "resources." + kind + "." + resource) == null) {
                    problems.add(where, "resources." + kind + "." + resource + " missing");
                }
            }
        }
        Object sc = Yaml.at(c, "securityContext");
        if (!Boolean.FALSE.equals(Yaml.at(sc, "allowPrivilegeEscalation"))) {
            problems.add(where, "securityContext.allowPrivilegeEscalation must be false");
        }
        if (!Boolean.TRUE.equals(Yaml.at(sc, "readOnlyRootFilesystem"))) {
            problems.add(where, "securityContext.readOnlyRootFilesystem must be true");
        }
        if (Boolean.FALSE.equals(Yaml.at(sc, "runAsNonRoot"))) {
            problems.add(where, "securityContext.runAsNonRoot must not be false");
        }
        if (!Yaml.list(Yaml.at(sc, "capabilities.drop")).contains("ALL")) {
            problems.add(where, "securityContext.capabilities.drop must contain ALL");
        }
    }

    private static void probe(String where, Object c, String probe, String path, Problems problems) {
        Object get = Yaml.at(c, probe + ".httpGet");
        if (get == null) {
            problems.add(where, probe + " missing");
            return;
        }
        if (!path.equals(Yaml.str(get, "path"))) {
            problems.add(where, probe + " must GET " + path + ", not " + Yaml.str(get, "path"));
        }
        Optional<Integer> port = containerPort(List.of(c), Yaml.at(get, "port"));
        if (port.isEmpty()) {
            problems.add(where, probe + " port " + Yaml.at(get, "port") + " is not a declared containerPort");
        } else if (!port.equals(containerPort(List.of(c), MANAGEMENT))) {
            problems.add(where, probe + " must use the " + MANAGEMENT + " port, not " + Yaml.at(get, "port")
                    + " (health is served on the management interface only)");
        }
    }

    private static void managementPortConfigured(String where, String configured, List<Object> containers,
            Problems problems) {
        Optional<Integer> declared = containerPort(containers, MANAGEMENT);
        if (declared.isPresent() && !String.valueOf(declared.get()).equals(configured)) {
            problems.add(where, "QUARKUS_MANAGEMENT_PORT " + configured + " in its ConfigMap is not the " + MANAGEMENT
                    + " containerPort " + declared.get());
        }
    }

    private static void service(Rendered r, Map<String, Object> s, Problems problems) {
        String where = Yaml.id(s);
        Map<String, String> selector = Yaml.labels(Yaml.at(s, "spec.selector"));
        List<Map<String, Object>> targets = selector.isEmpty()
                ? List.of()
                : r.all("Deployment").stream().filter(d -> selects(selector, Rendered.podLabels(d))).toList();
        if (targets.isEmpty()) {
            problems.add(where, "selector " + selector + " selects no Deployment's pods");
            return;
        }
        for (Object port : Yaml.list(Yaml.at(s, "spec.ports"))) {
            Object target = Optional.ofNullable(Yaml.at(port, "targetPort")).orElse(Yaml.at(port, "port"));
            for (Map<String, Object> d : targets) {
                if (containerPort(Yaml.list(Yaml.at(d, "spec.template.spec.containers")), target).isEmpty()) {
                    problems.add(where, "targetPort " + target + " is not a containerPort of " + Yaml.id(d));
                }
            }
        }
    }

    /** The container port number that a port name or number refers to. */
    static Optional<Integer> containerPort(List<Object> containers, Object port) {
        for (Object c : containers) {
            for (Object p : Yaml.list(Yaml.at(c, "ports"))) {
                Object number = Yaml.at(p, "containerPort");
                if (Objects.equals(String.valueOf(number), String.valueOf(port))
                        || Objects.equals(Yaml.str(p, "name"), String.valueOf(port))) {
                    return Optional.of((Integer) number);
                }
            }
        }
        return Optional.empty();
    }

    static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return !selector.isEmpty() && labels.entrySet().containsAll(selector.entrySet());
    }
}
