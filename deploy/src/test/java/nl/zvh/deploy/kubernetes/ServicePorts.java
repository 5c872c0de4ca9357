package nl.zvh.deploy.kubernetes;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where a Service's port leads: the Deployment it selects and the container port its targetPort names. */
final class ServicePorts {

    private ServicePorts() {
    }

    /** The Deployment whose pods the Service selects, if any. */
    static Optional<Map<String, Object>> selected(Rendered r, Map<String, Object> service) {
        Map<String, String> selector = Yaml.labels(Yaml.at(service, "spec.selector"));
        return r.all("Deployment").stream().filter(d -> WorkloadChecks.selects(selector, Rendered.podLabels(d)))
                .findFirst();
    }

    /** The container port that the Service's port {@code port} (its number or name) targets in the Deployment. */
    static Optional<Integer> target(Map<String, Object> service, Object port, Map<String, Object> deployment) {
        for (Object p : Yaml.list(Yaml.at(service, "spec.ports"))) {
            if (String.valueOf(Yaml.at(p, "port")).equals(String.valueOf(port))
                    || String.valueOf(port).equals(Yaml.str(p, "name"))) {
                Object target = Optional.ofNullable(Yaml.at(p, "targetPort")).orElse(Yaml.at(p, "port"));
                List<Object> containers = Yaml.list(Yaml.at(deployment, "spec.template.spec.containers"));
                return WorkloadChecks.containerPort(containers, target);
            }
        }
        return Optional.empty();
    }

    /** The Deployment's container port of the Quarkus management interface, if it declares one. */
    static Optional<Integer> management(Map<String, Object> deployment) {
        return WorkloadChecks.containerPort(Yaml.list(Yaml.at(deployment, "spec.template.spec.containers")),
                WorkloadChecks.MANAGEMENT);
    }
}
