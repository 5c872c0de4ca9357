package nl.zvh.deploy.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both overlays render without a cluster and pass every check: typed model (no unknown fields, no wrong types),
 * hardened Deployments with Quarkus probes and limits, Services and selectors that match, operator resources that
 * fit together, topics as in topics.conf, and NetworkPolicies that allow exactly the flows the platform needs.
 */
class KubernetesManifestsAreValidTest {

    private static final List<String> APPS = List.of("intake-service", "triage-service", "coveca-service",
            "reintegration-service", "trafficking-service", "lifecourse-service", "gateway");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void overlayRendersAndPassesEveryCheck(String overlay) {
        Rendered rendered = Rendered.of(Repo.kubernetes().resolve("overlays").resolve(overlay));

        Problems problems = ManifestChecks.check(rendered, Repo.topicsConf());

        assertTrue(problems.isEmpty(), overlay + ":\n" + problems);
        assertEquals(APPS.stream().sorted().toList(),
                rendered.all("Deployment").stream().map(Yaml::name).sorted().toList());
        for (String kind : List.of("Service", "ConfigMap", "PodDisruptionBudget", "HorizontalPodAutoscaler")) {
            assertEquals(APPS.size(), rendered.all(kind).size(), kind + " per app");
        }
        assertEquals(OperatorResourceChecks.readTopicsConf(Repo.topicsConf()).size(),
                rendered.all("KafkaTopic").size());
        assertEquals(7, rendered.all("Cluster").size(), "a database cluster per service and one for Keycloak");
        assertTrue(rendered.docs().stream().allMatch(d -> "zvh".equals(Yaml.str(d, "metadata.namespace"))));
    }

    @Test
    void devRunsOneReplicaOfEverything() {
        Rendered dev = Rendered.of(Repo.kubernetes().resolve("overlays/dev"));

        dev.all("Deployment").forEach(d -> assertEquals(1, Yaml.at(d, "spec.replicas"), Yaml.id(d)));
        dev.all("Cluster").forEach(c -> assertEquals(1, Yaml.at(c, "spec.instances"), Yaml.id(c)));
        assertEquals(1, Yaml.at(dev.find("KafkaNodePool", "dual-role").orElseThrow(), "spec.replicas"));
        assertEquals(1, Yaml.at(dev.find("Keycloak", "zvh-keycloak").orElseThrow(), "spec.instances"));
    }

    @Test
    void prodRunsThreeReplicasSpreadOverNodesAndZones() {
        Rendered prod = Rendered.of(Repo.kubernetes().resolve("overlays/prod"));

        for (Map<String, Object> d : prod.all("Deployment")) {
            String app = Yaml.name(d);
            assertEquals(3, Yaml.at(d, "spec.replicas"), app);
            Object antiAffinity = Yaml.list(Yaml.at(d,
                    "spec.template.spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution"))
                    .get(0);
            assertEquals("kubernetes.io/hostname", Yaml.str(antiAffinity, "podAffinityTerm.topologyKey"), app);
            assertTrue(
                    NetworkFlows.matches(Yaml.at(antiAffinity, "podAffinityTerm.labelSelector"), Rendered.podLabels(d)),
                    app + ": anti-affinity must select its own pods");
            List<Object> spread = Yaml.list(Yaml.at(d, "spec.template.spec.topologySpreadConstraints"));
            assertTrue(spread.stream().anyMatch(s -> "topology.kubernetes.io/zone".equals(Yaml.str(s, "topologyKey"))
                    && NetworkFlows.matches(Yaml.at(s, "labelSelector"), Rendered.podLabels(d))), app);
            assertEquals("registry.example.org/zvh/" + app + ":0.1.0",
                    Yaml.str(Yaml.list(Yaml.at(d, "spec.template.spec.containers")).get(0), "image"));
        }
        prod.all("HorizontalPodAutoscaler").forEach(h -> assertEquals(3, Yaml.at(h, "spec.minReplicas")));
        assertEquals(3, Yaml.at(prod.find("KafkaNodePool", "dual-role").orElseThrow(), "spec.replicas"));
    }

    @Test
    void prodShipsNoSecretsAndDevSecretsAreObviouslyFake() {
        assertTrue(Rendered.of(Repo.kubernetes().resolve("overlays/prod")).all("Secret").isEmpty());

        List<Map<String, Object>> devSecrets = Rendered.of(Repo.kubernetes().resolve("overlays/dev")).all("Secret");
        assertEquals(13, devSecrets.size(), "one <app>-config-creds per app, one <service>-db-app-creds per service");
        for (Map<String, Object> s : devSecrets) {
            assertTrue(Yaml.name(s).endsWith("-config-creds") || Yaml.name(s).endsWith("-service-db-app-creds"),
                    Yaml.id(s));
            Yaml.map(s.get("data")).forEach((key, value) -> {
                String plain = new String(Base64.getDecoder().decode((String) value), StandardCharsets.UTF_8);
                if (!key.equals("username")) {
                    assertTrue(plain.startsWith("dev-only-not-a-secret"), Yaml.id(s) + " " + key);
                }
            });
        }
    }
}
