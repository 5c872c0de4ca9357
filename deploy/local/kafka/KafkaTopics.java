import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Creates and lists the platform's Kafka topics for the local stack (Admin client, no shell tools needed).
 *
 * <pre>
 *   java -cp KAFKA_CLASSPATH KafkaTopics.java ensure 127.0.0.1:19092 deploy/kafka/topics.conf
 *   java -cp KAFKA_CLASSPATH KafkaTopics.java list   127.0.0.1:19092
 * </pre>
 *
 * ensure: creates missing topics (replication factor 1) with their partitions and retention.ms; for existing topics it
 * raises the partition count when the file asks for more and sets retention.ms when it differs. Idempotent.
 */
public class KafkaTopics {

    record Spec(String name, int partitions, String retentionMs) {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || !(args[0].equals("list") || args[0].equals("ensure") && args.length >= 3)) {
            System.err.println("usage: KafkaTopics ensure BOOTSTRAP topics.conf | list BOOTSTRAP");
            System.exit(2);
        }
        Map<String, Object> cfg = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[1],
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60000);
        try (Admin admin = Admin.create(cfg)) {
            if (args[0].equals("ensure")) ensure(admin, parse(Path.of(args[2])));
            list(admin);
        }
    }

    static List<Spec> parse(Path file) throws Exception {
        List<Spec> specs = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String l = line.replaceAll("#.*", "").trim();
            if (l.isEmpty()) continue;
            String[] f = l.split("\\s+");
            if (f.length != 3) throw new IllegalArgumentException(file + ": expected 'topic partitions retention.ms': " + line);
            specs.add(new Spec(f[0], Integer.parseInt(f[1]), String.valueOf(Long.parseLong(f[2]))));
        }
        return specs;
    }

    static void ensure(Admin admin, List<Spec> specs) throws Exception {
        Set<String> existing = admin.listTopics().names().get();
        List<NewTopic> create = new ArrayList<>();
        for (Spec s : specs)
            if (!existing.contains(s.name()))
                create.add(new NewTopic(s.name(), s.partitions(), (short) 1).configs(Map.of("retention.ms", s.retentionMs())));
        int created = 0;
        if (!create.isEmpty()) {
            for (var e : admin.createTopics(create).values().entrySet()) {
                try {
                    e.getValue().get();
                    created++;
                } catch (ExecutionException ex) {
                    if (!(ex.getCause() instanceof TopicExistsException)) throw ex;
                }
            }
        }
        // reconcile existing topics: partitions (only up) and retention.ms. A topic just created may not be in the
        // broker's metadata yet ("This server does not host this topic-partition" on a slow first start): wait for it.
        List<String> names = specs.stream().map(Spec::name).toList();
        Map<String, TopicDescription> desc = untilKnown(() -> admin.describeTopics(names).allTopicNames().get());
        Map<ConfigResource, org.apache.kafka.clients.admin.Config> configs = untilKnown(() -> admin.describeConfigs(
            names.stream().map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).toList()).all().get());
        Map<String, NewPartitions> grow = new LinkedHashMap<>();
        Map<ConfigResource, Collection<AlterConfigOp>> alter = new LinkedHashMap<>();
        for (Spec s : specs) {
            int have = desc.get(s.name()).partitions().size();
            if (have < s.partitions()) grow.put(s.name(), NewPartitions.increaseTo(s.partitions()));
            else if (have > s.partitions())
                System.out.printf("WARN %s has %d partitions, topics.conf says %d (partitions cannot shrink)%n", s.name(), have, s.partitions());
            ConfigResource r = new ConfigResource(ConfigResource.Type.TOPIC, s.name());
            ConfigEntry ret = configs.get(r).get("retention.ms");
            if (ret == null || !s.retentionMs().equals(ret.value()))
                alter.put(r, List.of(new AlterConfigOp(new ConfigEntry("retention.ms", s.retentionMs()), AlterConfigOp.OpType.SET)));
        }
        if (!grow.isEmpty()) admin.createPartitions(grow).all().get();
        if (!alter.isEmpty()) admin.incrementalAlterConfigs(alter).all().get();
        System.out.printf("topics: %d in topics.conf, %d created, %d partition counts raised, %d retention.ms updated%n",
            specs.size(), created, grow.size(), alter.size());
    }

    interface Call<T> {
        T get() throws Exception;
    }

    /** Retries while the broker does not know a topic yet, for at most {@link #METADATA_WAIT_MS}. */
    static <T> T untilKnown(Call<T> call) throws Exception {
        long deadline = System.currentTimeMillis() + METADATA_WAIT_MS;
        long pause = 100;
        while (true) {
            try {
                return call.get();
            } catch (ExecutionException e) {
                boolean unknown = e.getCause() instanceof UnknownTopicOrPartitionException;
                if (!unknown || System.currentTimeMillis() + pause > deadline) throw e;
                System.out.printf("waiting for the new topics' metadata (%s)%n", e.getCause().getMessage());
                Thread.sleep(pause);
                pause = Math.min(pause * 2, 2000);
            }
        }
    }

    static final long METADATA_WAIT_MS = 60_000;

    static void list(Admin admin) throws Exception {
        Set<String> names = admin.listTopics().names().get();
        if (names.isEmpty()) {
            System.out.println("(no topics)");
            return;
        }
        Map<String, TopicDescription> desc = new TreeMap<>(untilKnown(() -> admin.describeTopics(names).allTopicNames().get()));
        var configs = untilKnown(() -> admin.describeConfigs(names.stream().map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).toList()).all().get());
        System.out.printf("%-34s %10s %14s %8s%n", "topic", "partitions", "retention.ms", "days");
        for (var e : desc.entrySet()) {
            ConfigEntry ret = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, e.getKey())).get("retention.ms");
            String ms = ret == null ? "?" : ret.value();
            String days = ms.matches("\\d+") ? String.format("%.1f", Long.parseLong(ms) / 86_400_000.0) : "-";
            System.out.printf("%-34s %10d %14s %8s%n", e.getKey(), e.getValue().partitions().size(), ms, days);
        }
    }
}
