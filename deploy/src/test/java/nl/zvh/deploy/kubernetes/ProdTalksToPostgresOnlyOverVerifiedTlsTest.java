package nl.zvh.deploy.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 23: in production every service connects to its database with {@code sslmode=verify-full} against the CA
 * of its own CloudNativePG cluster (Secret {@code <cluster>-ca}, only {@code ca.crt} mounted where the URL's
 * {@code sslrootcert} points), Keycloak likewise, and every cluster refuses connections without TLS.
 */
class ProdTalksToPostgresOnlyOverVerifiedTlsTest {
    static final String CA = "/etc/postgres-ca";

    @Test
    void everyDatabaseConnectionVerifiesTheServerAndNoneGoesWithoutTls() {
        Rendered prod = Rendered.of(Repo.kubernetes().resolve("overlays/prod"));
        int services = 0;
        for (Map<String, Object> app : prod.apps()) {
            String name = Yaml.name(app);
            String url = prod.config(name, "QUARKUS_DATASOURCE_JDBC_URL");
            if (url == null) {
                continue;
            }
            services++;
            String cluster = url.replaceFirst("jdbc:postgresql://([a-z0-9-]+)-rw:.*", "$1");
            assertTrue(url.endsWith("?sslmode=verify-full&sslrootcert=" + CA + "/ca.crt"), url);
            assertCaMounted(name, Yaml.at(app, "spec.template.spec"), cluster);
        }
        assertEquals(6, services, "the six programme services use a database");

        Map<String, Object> keycloak = prod.find("Keycloak", "zvh-keycloak").orElseThrow();
        assertTrue(Yaml.list(Yaml.at(keycloak, "spec.additionalOptions")).stream()
                .anyMatch(o -> "db-url-properties".equals(Yaml.str(o, "name"))
                        && ("?sslmode=verify-full&sslrootcert=" + CA + "/ca.crt").equals(Yaml.str(o, "value"))));
        assertCaMounted("zvh-keycloak", Yaml.at(keycloak, "spec.unsupported.podTemplate.spec"), "keycloak-db");

        List<Map<String, Object>> clusters = prod.all("Cluster");
        assertFalse(clusters.isEmpty());
        for (Map<String, Object> c : clusters) {
            assertEquals("hostnossl all all all reject", Yaml.list(Yaml.at(c, "spec.postgresql.pg_hba")).get(0),
                    Yaml.name(c));
        }
        for (Map<String, Object> c : Rendered.of(Repo.kubernetes().resolve("overlays/dev")).all("Cluster")) {
            assertTrue(Yaml.at(c, "spec.postgresql.pg_hba") == null, "dev keeps the defaults");
        }
    }

    private static void assertCaMounted(String app, Object pod, String cluster) {
        Object volume = Yaml.list(Yaml.at(pod, "volumes")).stream()
                .filter(v -> (cluster + "-ca").equals(Yaml.str(v, "secret.secretName"))).findFirst()
                .orElseThrow(() -> new AssertionError(app + " does not mount the CA of " + cluster));
        List<Object> items = Yaml.list(Yaml.at(volume, "secret.items"));
        assertEquals(1, items.size(), app + ": only ca.crt, never the CA's key");
        assertEquals("ca.crt", Yaml.str(items.get(0), "key"));
        boolean mounted = Yaml.list(Yaml.at(pod, "containers")).stream()
                .flatMap(c -> Yaml.list(Yaml.at(c, "volumeMounts")).stream())
                .anyMatch(m -> CA.equals(Yaml.str(m, "mountPath"))
                        && Yaml.str(volume, "name").equals(Yaml.str(m, "name")));
        assertTrue(mounted, app + " mounts the CA at " + CA);
    }
}
