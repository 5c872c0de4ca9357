package nl.zvh.deploy.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Production is monitored: Prometheus (Prometheus Operator) scrapes every app's /q/metrics through one ServiceMonitor
 * each, on the apps' management port (9000, never routed by the edge), the NetworkPolicies let it in there from the
 * monitoring namespace only, and the alert rules fire on metrics the apps really export (names derived from the
 * Micrometer meters in the source, so a renamed gauge breaks this test instead of silencing an alert): outbox backlog
 * and age, Kafka unreachable for 5 minutes, consumer lag, dead letters, and overdue break-glass reviews routed to the
 * house's privacy officer.
 */
class OperatorsAlertOnWhatThePlatformExportsTest {

    private static final List<String> APPS = List.of("intake-service", "triage-service", "coveca-service",
            "reintegration-service", "trafficking-service", "lifecourse-service", "gateway");

    private final Rendered prod = Rendered.of(Repo.kubernetes().resolve("overlays/prod"));

    @Test
    void everyAppIsScrapedByExactlyOneServiceMonitorOnQMetricsOfItsManagementPort() {
        assertEquals(APPS.size(), prod.all("ServiceMonitor").size());
        for (String app : APPS) {
            List<Map<String, Object>> monitors = prod.all("ServiceMonitor").stream()
                    .filter(m -> MonitoringChecks.scrapes(prod, m).contains(app)).toList();
            assertEquals(1, monitors.size(), app);
            Object endpoint = Yaml.list(Yaml.at(monitors.get(0), "spec.endpoints")).get(0);
            assertEquals("/q/metrics", Yaml.str(endpoint, "path"));
            assertEquals("management", Yaml.str(endpoint, "port"), app);
            Map<String, Object> service = prod.find("Service", app).orElseThrow();
            Map<String, Object> deployment = prod.find("Deployment", app).orElseThrow();
            assertEquals(java.util.Optional.of(9000), ServicePorts.target(service, "management", deployment), app);
        }
        assertTrue(Rendered.of(Repo.kubernetes().resolve("overlays/dev")).all("ServiceMonitor").isEmpty(),
                "dev needs no Prometheus Operator");
    }

    @Test
    void theAlertRulesCoverWhatOperatorsMustHearAbout() {
        Map<String, Object> alerts = alerts();

        assertEquals(Set.of("OutboxBacklogGrowing", "OutboxOldestPendingTooOld", "KafkaBrokerUnreachable",
                "KafkaConsumerLagHigh", "DeadLettersWritten", "BreakGlassReviewOverdue", "RetentionRoundMissed"),
                alerts.keySet());
        assertTrue(Yaml.str(alerts.get("RetentionRoundMissed"), "expr")
                .contains("zvh_retention_last_success_timestamp_seconds"));
        assertEquals("5m", Yaml.str(alerts.get("KafkaBrokerUnreachable"), "for"));
        assertTrue(Yaml.str(alerts.get("KafkaBrokerUnreachable"), "expr").contains("zvh_kafka_broker_reachable"));
        assertTrue(Yaml.str(alerts.get("OutboxOldestPendingTooOld"), "expr")
                .contains("zvh_outbox_oldest_pending_seconds"));
        assertTrue(Yaml.str(alerts.get("DeadLettersWritten"), "expr").contains("dlq"));
        Object breakGlass = alerts.get("BreakGlassReviewOverdue");
        assertEquals("privacy-officer", Yaml.str(breakGlass, "labels.audience"));
        assertTrue(Yaml.str(breakGlass, "expr").contains("by (namespace, house)"),
                "the house label must survive the aggregation: the privacy officer is routed per house");
        alerts.forEach((name, rule) -> {
            if (!name.equals("BreakGlassReviewOverdue")) {
                assertEquals("operator", Yaml.str(rule, "labels.audience"), name);
            }
        });
    }

    @Test
    void exportedMetricNamesAreDerivedFromTheMicrometerMetersInTheSource() {
        Set<String> exported = MonitoringChecks.exportedMetrics(Repo.root());

        assertTrue(
                exported.containsAll(Set.of("zvh_outbox_backlog", "zvh_outbox_oldest_pending_seconds",
                        "zvh_kafka_broker_reachable", "zvh_break_glass_overdue_reviews", "zvh_outbox_published_total")),
                exported.toString());
        assertFalse(exported.contains("zvh_outbox_backlog_total"), "a gauge has no _total");
        assertTrue(exported.contains("zvh_retention_last_success_timestamp_seconds"), exported.toString());
    }

    @Test
    void metricNamesAreReadFromPromQl() {
        assertEquals(Set.of("zvh_outbox_backlog"), MonitoringChecks.metricNames(
                "max by (namespace, service) (zvh_outbox_backlog) > 0 and max by (namespace) (delta(zvh_outbox_backlog[15m])) > 0"));
        assertEquals(Set.of("kafka_producer_topic_record_send_total"), MonitoringChecks
                .metricNames("max by (topic) (kafka_producer_topic_record_send_total{topic=~\".+[.]dlq\"}) > 0"));
    }

    private Map<String, Object> alerts() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map<String, Object> rule : prod.all("PrometheusRule")) {
            for (Object group : Yaml.list(Yaml.at(rule, "spec.groups"))) {
                for (Object r : Yaml.list(Yaml.at(group, "rules"))) {
                    out.put(Yaml.str(r, "alert"), r);
                }
            }
        }
        return out;
    }
}
