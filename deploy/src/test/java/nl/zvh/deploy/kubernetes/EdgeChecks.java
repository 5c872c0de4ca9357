package nl.zvh.deploy.kubernetes;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The edge (Gateway API HTTPRoutes) reaches the platform's apps only on the Service port that leads to their container
 * port named http: never their management interface (health, metrics, OpenAPI), which stays inside the cluster.
 */
final class EdgeChecks {

    private EdgeChecks() {
    }

    static void check(Rendered r, Problems problems) {
        for (Map<String, Object> route : r.all("HTTPRoute")) {
            for (Object rule : Yaml.list(Yaml.at(route, "spec.rules"))) {
                for (Object backend : Yaml.list(Yaml.at(rule, "backendRefs"))) {
                    backend(r, Yaml.id(route), backend, problems);
                }
            }
        }
    }

    private static void backend(Rendered r, String where, Object backend, Problems problems) {
        Optional<Map<String, Object>> service = r.find("Service", Yaml.str(backend, "name"));
        Optional<Map<String, Object>> app = service.flatMap(s -> ServicePorts.selected(r, s));
        if (app.isEmpty()) {
            return;
        }
        Object port = Yaml.at(backend, "port");
        Optional<Integer> target = ServicePorts.target(service.get(), port, app.get());
        List<Object> containers = Yaml.list(Yaml.at(app.get(), "spec.template.spec.containers"));
        if (target.isEmpty() || !target.equals(WorkloadChecks.containerPort(containers, "http"))) {
            boolean management = target.isPresent() && target.equals(ServicePorts.management(app.get()));
            problems.add(where,
                    "routes to " + Yaml.id(service.get()) + " port " + port + ", which is not the http port of "
                            + Yaml.id(app.get()) + (management ? " but its management interface" : ""));
        }
    }
}
