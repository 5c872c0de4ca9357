package nl.zvh.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real Apache Kafka 4 broker (KRaft, combined broker and controller) inside the test JVM, on loopback only.
 * Exposes {@code kafka.bootstrap.servers}. {@link #stopBroker()} / {@link #restartBroker()} let a test simulate an
 * outage of the broker.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {
    private static KafkaTestResource current;
    private KafkaRaftServer server;
    private Properties props;
    private Path dir;

    @Override
    public Map<String, String> start() {
        long t0 = System.nanoTime();
        for (String logger : new String[]{"kafka", "org.apache.kafka", "state.change.logger"}) {
            java.util.logging.Logger.getLogger(logger).setLevel(java.util.logging.Level.WARNING);
        }
        try {
            int port = freePort();
            int controllerPort = freePort();
            dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "kafka-");
            props = new Properties();
            props.put("process.roles", "broker,controller");
            props.put("node.id", "1");
            props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
            props.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
            props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
            props.put("controller.listener.names", "CONTROLLER");
            props.put("inter.broker.listener.name", "PLAINTEXT");
            props.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
            props.put("log.dirs", dir.resolve("logs").toString());
            props.put("num.partitions", "3");
            props.put("offsets.topic.replication.factor", "1");
            props.put("offsets.topic.num.partitions", "1");
            props.put("transaction.state.log.replication.factor", "1");
            props.put("transaction.state.log.min.isr", "1");
            props.put("share.coordinator.state.topic.replication.factor", "1");
            props.put("share.coordinator.state.topic.min.isr", "1");
            props.put("group.initial.rebalance.delay.ms", "0");
            props.put("auto.create.topics.enable", "true");
            props.put("log.retention.hours", "336");
            Path config = dir.resolve("server.properties");
            try (Writer w = Files.newBufferedWriter(config)) {
                props.store(w, null);
            }
            int rc = StorageTool.execute(new String[]{"format", "-t", Uuid.randomUuid().toString(), "-c",
                    config.toString(), "--ignore-formatted"}, System.out);
            if (rc != 0) {
                throw new IllegalStateException("kafka storage format failed: " + rc);
            }
            startBroker();
            current = this;
            String bootstrap = "127.0.0.1:" + port;
            System.out.printf("[KafkaTestResource] Kafka broker on %s ready in %.1fs%n", bootstrap,
                    (System.nanoTime() - t0) / 1e9);
            return Map.of("kafka.bootstrap.servers", bootstrap);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void startBroker() {
        server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        server.startup();
    }

    /** Stops the broker, keeping its data, to test behaviour while Kafka is down. */
    public static void stopBroker() {
        current.server.shutdown();
        current.server.awaitShutdown();
    }

    /** Starts the broker again on the same ports and data. */
    public static void restartBroker() {
        current.startBroker();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
        }
        deleteQuietly(dir);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // best effort: target/ is cleaned by the next build anyway
        }
    }
}
