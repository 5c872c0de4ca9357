package nl.zvh.deploy.kubernetes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each fixture under src/test/resources/kubernetes-broken is the dev overlay plus one deliberate mistake; the checks
 * must report exactly that mistake (the untouched dev overlay passes, see KubernetesManifestsAreValidTest).
 */
class BrokenManifestsAreRejectedTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"misspelled-field                 | unknown field(s) [initialDelaySecond]",
            "wrong-type                       | Deployment/triage-service: does not parse",
            "missing-liveness-probe           | container coveca-service: livenessProbe missing",
            "missing-memory-limit             | container gateway: resources.limits.memory missing",
            "writable-root-filesystem         | container lifecourse-service: securityContext.readOnlyRootFilesystem must be true",
            "service-selects-nothing          | Service/reintegration-service: selector {app.kubernetes.io/name=reintegration-servce} selects no Deployment's pods",
            "service-targets-undeclared-port  | Service/trafficking-service: targetPort 8081 is not a containerPort",
            "networkpolicy-missing-kafka-flow | needed flow intake-service -> zvh-kafka:9092 is blocked",
            "networkpolicy-too-open           | flow stray-pod -> triage-db:5432 is allowed but the platform does not need it",
            "topic-unbounded-retention        | KafkaTopic/zvh.intake.referral: retention.ms -1 is not bounded",
            "crd-misspelled-field             | Cluster/coveca-db: unknown field 'instance' in spec",
            "realm-import-secret-not-from-secret      | client zvh-gateway secret is not a placeholder resolved from a Kubernetes Secret",
            "alert-on-metric-nobody-exports   | rule OutboxOldestPendingTooOld: expr names metric zvh_outbox_oldest_pending_second that no app exports",
            "servicemonitor-selects-nothing   | Deployment/triage-service: 0 ServiceMonitors scrape it, expected exactly one",
            "networkpolicy-blocks-prometheus  | needed flow prometheus -> gateway:9000 is blocked",
            "networkpolicy-blocks-traces      | needed flow intake-service -> otel-collector:4317 is blocked",
            "probe-on-http-port               | container intake-service: readinessProbe must use the management port, not http",
            "servicemonitor-scrapes-http-port | endpoint port http of Service/gateway is not the management port of Deployment/gateway",
            "edge-routes-management-port      | HTTPRoute/zvh-platform: routes to Service/gateway port 9000, which is not the http port of Deployment/gateway but its management interface",
            "networkpolicy-opens-management-to-edge   | flow edge-proxy -> gateway:9000 is allowed but the platform does not need it",
            "management-port-not-configured   | Deployment/triage-service: QUARKUS_MANAGEMENT_PORT 9001 in its ConfigMap is not the management containerPort 9000",})
    void brokenManifestIsRejected(String fixture, String expected) {
        Path dir = Repo.brokenFixtures().resolve(fixture);
        assertTrue(Files.isDirectory(dir), dir.toString());

        Problems problems = ManifestChecks.check(Rendered.of(dir), Repo.topicsConf());

        assertFalse(problems.isEmpty(), fixture + " passed the checks");
        assertTrue(problems.lines().stream().anyMatch(l -> l.contains(expected)),
                fixture + ": expected a problem containing '" + expected + "' but got:\n" + problems);
    }

    @Test
    void kustomizationFieldsTheRendererDoesNotImplementAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Kustomize.build(Repo.brokenFixtures().resolve("unsupported-kustomize-feature")));
        assertTrue(e.getMessage().contains("'replicas' is not supported"), e.getMessage());
    }
}
