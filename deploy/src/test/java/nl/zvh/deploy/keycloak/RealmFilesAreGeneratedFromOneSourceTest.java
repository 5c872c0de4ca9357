package nl.zvh.deploy.keycloak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo realm (deploy/keycloak: zvh-realm.json, demo-users.txt) and the production realm import
 * (deploy/kubernetes/infra/keycloak/realm-import.yaml) are what GenerateRealm.java writes today: it fails when one was
 * edited by hand or the generator changed without re-running it. The production realm keeps its promises: no users,
 * no secrets, a password policy, brute-force detection, codes used once, and a second factor for privacy officers and
 * functional administrators; every client that gets platform tokens adds the platform audience.
 */
class RealmFilesAreGeneratedFromOneSourceTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    static Path generated;

    static Path repo;

    @BeforeAll
    static void generate() throws Exception {
        repo = root();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "deploy/keycloak/GenerateRealm.java", generated.toString())
                .directory(repo.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "GenerateRealm finished");
        assertEquals(0, p.exitValue(), output);
    }

    @Test
    void demoRealmAndUsersAreCurrent() throws IOException {
        for (String file : List.of("zvh-realm.json", "demo-users.txt")) {
            assertEquals(Files.readString(generated.resolve(file)),
                    Files.readString(repo.resolve("deploy/keycloak").resolve(file)), stale(file));
        }
    }

    @Test
    void productionRealmImportIsCurrent() throws IOException {
        assertEquals(Files.readString(generated.resolve("realm-import.yaml")),
                Files.readString(repo.resolve("deploy/kubernetes/infra/keycloak/realm-import.yaml")),
                stale("realm-import.yaml (deploy/kubernetes/infra/keycloak)"));
    }

    @Test
    void productionRealmHasNoDemoUsersOrSecretsAndAPasswordPolicy() throws IOException {
        JsonNode realm = productionRealm();
        assertFalse(realm.has("users"), "no users in the production realm");
        assertTrue(realm.path("passwordPolicy").asText().contains("length(12)"), "passphrases of 12 or more");
        assertTrue(realm.path("passwordPolicy").asText().contains("notUsername"));
        assertTrue(realm.path("passwordPolicy").asText().contains("passwordHistory("));
        assertTrue(realm.path("bruteForceProtected").asBoolean(), "brute-force detection on");
        assertFalse(realm.path("otpPolicyCodeReusable").asBoolean(), "a one-time code counts once");
        for (JsonNode client : realm.path("clients")) {
            String secret = client.path("secret").asText("");
            assertTrue(secret.isEmpty() || secret.matches("\\$\\{[A-Z_]+}"), "placeholder secret: " + secret);
            assertFalse(client.path("directAccessGrantsEnabled").asBoolean(),
                    client.path("clientId").asText() + ": no password grant in production");
        }
        assertFalse(Files.readString(repo.resolve("deploy/kubernetes/infra/keycloak/realm-import.yaml"))
                .contains("dev-secret"), "no demo secret");
    }

    @Test
    void productionAsksASecondFactorOfPrivacyOfficersAndFunctionalAdmins() throws IOException {
        JsonNode realm = productionRealm();
        assertEquals(List.of("functional-admin", "privacy-officer"), secondFactorRoles(realm));
        assertEquals(List.of("privacy-officer"), secondFactorRoles(demoRealm()), "the demo realm: privacy officers");
        for (JsonNode r : List.of(realm, demoRealm())) {
            assertEquals("browser with second factor", r.path("browserFlow").asText());
            assertTrue(r.path("authenticatorConfig").toString().contains("\"default.reference.value\":\"otp\""),
                    "the OTP step names its method for the amr claim");
        }
    }

    @Test
    void platformClientsAddThePlatformAudienceAndTheGatewayGetsAmrAndBackChannelLogout() throws IOException {
        for (JsonNode realm : List.of(productionRealm(), demoRealm())) {
            for (JsonNode client : realm.path("clients")) {
                String id = client.path("clientId").asText();
                if (id.equals("admin-cli")) {
                    continue;
                }
                assertTrue(
                        client.path("protocolMappers").toString()
                                .contains("\"included.custom.audience\":\"zvh-platform\""),
                        id + " adds the audience zvh-platform");
            }
            JsonNode gateway = realm.path("clients").get(0);
            assertEquals("zvh-gateway", gateway.path("clientId").asText());
            assertTrue(gateway.path("protocolMappers").toString().contains("oidc-amr-mapper"), "amr claim");
            assertTrue(gateway.path("attributes").path("backchannel.logout.url").asText()
                    .endsWith("/back-channel-logout"));
            assertFalse(gateway.path("frontchannelLogout").asBoolean(), "back-channel, not front-channel, logout");
        }
    }

    private static List<String> secondFactorRoles(JsonNode realm) {
        List<String> roles = new ArrayList<>();
        realm.path("authenticatorConfig").forEach(c -> {
            if (c.path("config").has("condUserRole")) {
                roles.add(c.path("config").path("condUserRole").asText());
            }
        });
        return roles.stream().sorted().toList();
    }

    private static JsonNode productionRealm() throws IOException {
        return YAML.readTree(repo.resolve("deploy/kubernetes/infra/keycloak/realm-import.yaml").toFile()).path("spec")
                .path("realm");
    }

    private static JsonNode demoRealm() throws IOException {
        return new ObjectMapper().readTree(repo.resolve("deploy/keycloak/zvh-realm.json").toFile());
    }

    private static String stale(String file) {
        return file
                + " is not what deploy/keycloak/GenerateRealm.java generates: run `java deploy/keycloak/GenerateRealm.java`"
                + " from the repository root (edit the generator, never the files)";
    }

    private static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("deploy/keycloak/GenerateRealm.java"))) {
                return p;
            }
        }
        throw new IllegalStateException("repository root not found");
    }
}
