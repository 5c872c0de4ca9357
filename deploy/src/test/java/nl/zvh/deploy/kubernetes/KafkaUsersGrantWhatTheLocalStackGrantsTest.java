package nl.zvh.deploy.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * One list of who may do what on the broker: every service's Strimzi KafkaUser grants exactly the topic and group
 * rights that deploy/kafka/acls.conf gives the service's principal on the local stack (write = Write + Describe,
 * read = Read + Describe, Read on the groups prefixed with the principal), so what the system tests prove on the local
 * broker is what production enforces.
 */
class KafkaUsersGrantWhatTheLocalStackGrantsTest {

    @Test
    void everyKafkaUserMatchesTheAclsOfItsPrincipal() throws Exception {
        Path repo = Repo.root();
        Set<String> local = new TreeSet<>();
        for (String line : Files.readAllLines(repo.resolve("deploy/kafka/acls.conf"))) {
            String l = line.replaceAll("#.*", "").trim();
            if (l.isEmpty()) {
                continue;
            }
            String[] f = l.split("\\s+");
            for (int i = 2; i < f.length; i++) {
                local.add(f[0] + " topic " + f[i] + " " + (f[1].equals("write") ? "Write" : "Read"));
            }
            local.add(f[0] + " group " + f[0] + "* Read");
        }
        Set<String> kubernetes = new TreeSet<>();
        for (Map<String, Object> user : Yaml.readAll(repo.resolve("deploy/kubernetes/infra/kafka/users.yaml"))) {
            assertEquals("KafkaUser", Yaml.kind(user));
            assertEquals("scram-sha-512", Yaml.str(user, "spec.authentication.type"));
            for (Object acl : Yaml.list(Yaml.at(user, "spec.authorization.acls"))) {
                String type = Yaml.str(acl, "resource.type");
                String name = Yaml.str(acl, "resource.name")
                        + ("prefix".equals(Yaml.str(acl, "resource.patternType")) ? "*" : "");
                List<Object> operations = Yaml.list(Yaml.at(acl, "operations"));
                for (Object op : operations) {
                    if (!"Describe".equals(op)) {
                        kubernetes.add(Yaml.name(user) + " " + type + " " + name + " " + op);
                    }
                }
            }
        }
        assertFalse(local.isEmpty());
        assertEquals(local, kubernetes);
    }
}
