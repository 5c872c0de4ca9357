package nl.zvh.platform.outbox;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;

/**
 * How this service's own Kafka clients (the outbox relay's producer, the readiness check) connect: the same
 * bootstrap servers and the same TLS and SASL settings as Quarkus gives the messaging channels ({@code kafka.*}
 * properties or {@code KAFKA_*} environment variables, e.g. {@code KAFKA_SECURITY_PROTOCOL=SASL_SSL}), so a secured
 * broker applies to every connection of the service.
 */
@ApplicationScoped
public class KafkaConnection {
    private static final String[] CONNECTION_PREFIXES = {"bootstrap.servers", "security.", "sasl.", "ssl."};

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> quarkusKafka;

    /** The connection settings only (no serializers, groups or timeouts of the channels). */
    public Map<String, Object> settings() {
        Map<String, Object> settings = new HashMap<>();
        quarkusKafka.forEach((key, value) -> {
            for (String prefix : CONNECTION_PREFIXES) {
                if (key.startsWith(prefix)) {
                    settings.put(key, value);
                }
            }
        });
        return settings;
    }
}
