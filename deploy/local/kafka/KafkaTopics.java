import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Creates and lists the platform's Kafka topics for the local stack (Admin client, no shell tools needed).
 *
 * <pre>
 *   java -cp KAFKA_CLASSPATH KafkaTopics.java ensure 127.0.0.1:19092 deploy/kafka/topics.conf [CLIENT_PROPERTIES]
 *   java -cp KAFKA_CLASSPATH KafkaTopics.java list   127.0.0.1:19092 [CLIENT_PROPERTIES]
 * </pre>
 *
 * CLIENT_PROPERTIES: the admin's connection settings (TLS, SASL) of a secured broker, as stack.sh writes them.
 *
 * <pre>
 *   java -cp KAFKA_CLASSPATH KafkaTopics.java access 127.0.0.1:19092 ADMIN_PROPERTIES deploy/kafka/acls.conf CREDENTIALS_DIR
 * </pre>
 *
 * access: one principal per service on the secured broker. Upserts each service's SCRAM-SHA-512 credential (password
 * file CREDENTIALS_DIR/NAME.password, written by stack.sh) and grants exactly what acls.conf says: WRITE on the topics
 * it publishes (its own events, erasure notices, the dead-letter topics of what it consumes), READ on the topics it
 * consumes, READ on its consumer groups (prefix = the principal). Everything else is denied (the broker runs with
 * allow.everyone.if.no.acl.found=false). Idempotent.
 *
 * ensure: creates missing topics (replication factor 1) with their partitions and retention.ms; for existing topics it
 * raises the partition count when the file asks for more and sets retention.ms when it differs. Idempotent.
 */
public class KafkaTopics {

    record Spec(String name, int partitions, String retentionMs) {}

    public static void main(String[] args) throws Exception {
        if (args.length == 5 && args[0].equals("access")) {
            access(args[1], args[2], Path.of(args[3]), Path.of(args[4]));
            return;
        }
        if (args.length < 2 || !(args[0].equals("list") || args[0].equals("ensure") && args.length >= 3)) {
            System.err.println("usage: KafkaTopics ensure BOOTSTRAP topics.conf [CLIENT_PROPERTIES] | list BOOTSTRAP [CLIENT_PROPERTIES]");
            System.exit(2);
        }
        int propsAt = args[0].equals("ensure") ? 3 : 2;
        try (Admin admin = Admin.create(clientConfig(args[1], args.length > propsAt ? args[propsAt] : null))) {
            if (args[0].equals("ensure")) ensure(admin, parse(Path.of(args[2])));
            list(admin);
        }
    }

    /** Bootstrap servers, bounded waits and, for a secured broker, the admin's settings from a properties file. */
    static Map<String, Object> clientConfig(String bootstrap, String propertiesFile) throws Exception {
        Map<String, Object> cfg = new LinkedHashMap<>();
        if (propertiesFile != null) {
            java.util.Properties props = new java.util.Properties();
            try (var in = Files.newInputStream(Path.of(propertiesFile))) {
                props.load(in);
            }
            props.forEach((k, v) -> cfg.put(k.toString(), v));
        }
        cfg.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        cfg.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10000);
        cfg.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60000);
        return cfg;
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

    static void access(String bootstrap, String adminProperties, Path aclFile, Path credentials) throws Exception {
        Set<String> principals = new LinkedHashSet<>();
        List<AclBinding> acls = new ArrayList<>();
        for (String line : Files.readAllLines(aclFile)) {
            String l = line.replaceAll("#.*", "").trim();
            if (l.isEmpty()) continue;
            String[] f = l.split("\\s+");
            if (f.length < 3 || !(f[1].equals("write") || f[1].equals("read")))
                throw new IllegalArgumentException(aclFile + ": expected 'principal write|read topic...': " + line);
            String principal = f[0];
            principals.add(principal);
            AclOperation op = f[1].equals("write") ? AclOperation.WRITE : AclOperation.READ;
            for (int i = 2; i < f.length; i++) acls.add(allow(principal, ResourceType.TOPIC, f[i], PatternType.LITERAL, op));
        }
        for (String principal : principals) {
            acls.add(allow(principal, ResourceType.GROUP, principal, PatternType.PREFIXED, AclOperation.READ));
        }
        try (Admin admin = Admin.create(clientConfig(bootstrap, adminProperties))) {
            List<UserScramCredentialUpsertion> users = new ArrayList<>();
            for (String principal : principals) {
                String password = Files.readString(credentials.resolve(principal + ".password")).trim();
                users.add(new UserScramCredentialUpsertion(principal,
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), password));
            }
            admin.alterUserScramCredentials(new ArrayList<>(users)).all().get();
            admin.createAcls(acls).all().get();
        }
        System.out.printf("kafka access: %d principals, %d ACLs (deny by default)%n", principals.size(), acls.size());
    }

    static AclBinding allow(String principal, ResourceType type, String name, PatternType pattern, AclOperation op) {
        return new AclBinding(new ResourcePattern(type, name, pattern),
                new AccessControlEntry("User:" + principal, "*", op, AclPermissionType.ALLOW));
    }
}
