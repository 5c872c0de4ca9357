package nl.zvh.deploy.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every topic a service consumes from, dead-letters to or publishes to (Outbox TOPIC constants) is declared in
 * deploy/kafka/topics.conf — the file the local stack and the Kubernetes KafkaTopics are made from — with a
 * bounded retention. A topic missing there would be auto-created locally with the broker default and never exist in
 * production.
 */
class EveryTopicTheServicesUseIsDeclaredTest {
    static final Path REPO = Path.of(System.getProperty("zvh.repo", "..")).toAbsolutePath().normalize();
    static final Pattern TOPIC_CONSTANT = Pattern.compile("String\\s+TOPIC\\w*\\s*=\\s*\"(zvh\\.[a-z0-9.-]+)\"");

    @Test
    void consumedDeadLetterAndPublishedTopicsAreDeclaredWithBoundedRetention() throws IOException {
        Map<String, Long> declared = declared();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(REPO, 6)) {
            for (Path file : files.filter(f -> f.toString().endsWith("src/main/resources/application.properties"))
                    .toList()) {
                Properties p = new Properties();
                try (Reader r = Files.newBufferedReader(file)) {
                    p.load(r);
                }
                p.stringPropertyNames().stream().filter(k -> k.startsWith("mp.messaging.") && k.endsWith(".topic"))
                        .map(p::getProperty).forEach(used::add);
                p.stringPropertyNames().stream().filter(k -> k.startsWith("mp.messaging.") && k.endsWith(".topics"))
                        .flatMap(k -> Stream.of(p.getProperty(k).split("\\s*,\\s*"))).forEach(used::add);
            }
        }
        try (Stream<Path> files = Files.walk(REPO, 12)) {
            for (Path file : files
                    .filter(f -> f.toString().contains("/src/main/java/") && f.toString().endsWith(".java")).toList()) {
                Matcher m = TOPIC_CONSTANT.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.contains("zvh.intake.referral") && used.contains("zvh.privacy.erasure.triage"),
                "the scan finds the services' topics: " + used);
        Set<String> missing = used.stream().filter(t -> !declared.containsKey(t))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), missing, "topics used by services but not declared in deploy/kafka/topics.conf");
        declared.forEach((topic, retention) -> assertTrue(retention > 0 && retention <= 31L * 24 * 3600 * 1000,
                topic + " must have a bounded retention of at most 31 days"));
    }

    private static Map<String, Long> declared() throws IOException {
        Map<String, Long> topics = new TreeMap<>();
        for (String line : Files.readAllLines(REPO.resolve("deploy/kafka/topics.conf"))) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] cols = trimmed.split("\\s+");
            topics.put(cols[0], Long.parseLong(cols[2]));
        }
        return topics;
    }
}
