package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.lessThan;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;

/**
 * Changes to the stack's realm zvh through Keycloak's admin API with the local stack's bootstrap admin (admin/admin,
 * local stack only): strangers' clients and a password-only login, made to show what the platform refuses.
 */
final class RealmAdmin {
    static final String REALM = LocalStack.KEYCLOAK + "/admin/realms/zvh";

    private RealmAdmin() {
    }

    static String adminToken() {
        return given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin").when()
                .post(LocalStack.KEYCLOAK + "/realms/master/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
    }

    /** A confidential client with a service account and no audience mapper: its tokens lack zvh-platform. */
    static void createClient(String clientId, String secret, Map<String, Object> extra) {
        Map<String, Object> client = new java.util.LinkedHashMap<>(Map.of("clientId", clientId, "enabled", true,
                "publicClient", false, "secret", secret, "serviceAccountsEnabled", true, "standardFlowEnabled", false,
                "directAccessGrantsEnabled", false));
        client.putAll(extra);
        given().auth().oauth2(adminToken()).contentType(ContentType.JSON).body(client).when().post(REALM + "/clients")
                .then().statusCode(201);
    }

    /** A top-level direct-grant flow (alias without spaces) asking username and password only; returns its id. */
    static String passwordOnlyFlow(String alias) {
        String admin = adminToken();
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("alias", alias, "providerId", "basic-flow", "topLevel", true, "builtIn", false)).when()
                .post(REALM + "/authentication/flows").then().statusCode(201);
        for (String provider : List.of("direct-grant-validate-username", "direct-grant-validate-password")) {
            given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("provider", provider)).when()
                    .post(REALM + "/authentication/flows/" + alias + "/executions/execution").then().statusCode(201);
        }
        List<Map<String, Object>> executions = given().auth().oauth2(admin).when()
                .get(REALM + "/authentication/flows/" + alias + "/executions").then().statusCode(200).extract()
                .path("$");
        for (Map<String, Object> execution : executions) {
            execution.put("requirement", "REQUIRED");
            given().auth().oauth2(admin).contentType(ContentType.JSON).body(execution).when()
                    .put(REALM + "/authentication/flows/" + alias + "/executions").then().statusCode(lessThan(300));
        }
        List<Map<String, Object>> flows = given().auth().oauth2(admin).when().get(REALM + "/authentication/flows")
                .then().statusCode(200).extract().path("$");
        return flows.stream().filter(f -> alias.equals(f.get("alias"))).map(f -> (String) f.get("id")).findFirst()
                .orElseThrow();
    }

    /** A user of house markiezaten with the demo password and one realm role, for tests that end its sessions. */
    static void createUser(String username, String role) {
        String admin = adminToken();
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("username", username, "enabled", true, "emailVerified", true, "firstName", "Sessie",
                        "lastName", "Proef", "email", username + "@example.org", "attributes",
                        Map.of("organisation", List.of("Woonkwartier"), "house", List.of("markiezaten"), "house_name",
                                List.of("Zorg- en Veiligheidshuis De Markiezaten")),
                        "credentials", List.of(Map.of("type", "password", "value", "demo", "temporary", false))))
                .when().post(REALM + "/users").then().statusCode(201);
        String id = given().auth().oauth2(admin).queryParam("username", username).queryParam("exact", true).when()
                .get(REALM + "/users").then().statusCode(200).extract().path("[0].id");
        Map<String, Object> realmRole = given().auth().oauth2(admin).when().get(REALM + "/roles/" + role).then()
                .statusCode(200).extract().path("$");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(List.of(realmRole)).when()
                .post(REALM + "/users/" + id + "/role-mappings/realm").then().statusCode(204);
    }

    /** Ends every Keycloak session of a user, as an administrator does in the admin console. */
    static void logOutEverywhere(String username) {
        String admin = adminToken();
        String id = given().auth().oauth2(admin).queryParam("username", username).queryParam("exact", true).when()
                .get(REALM + "/users").then().statusCode(200).extract().path("[0].id");
        given().auth().oauth2(admin).when().post(REALM + "/users/" + id + "/logout").then().statusCode(204);
    }

    /** The protocol mapper adding the platform audience, as the realm's own platform clients have. */
    static Map<String, Object> platformAudienceMapper() {
        return Map.of("name", "audience zvh-platform", "protocol", "openid-connect", "protocolMapper",
                "oidc-audience-mapper", "config", Map.of("included.custom.audience", "zvh-platform",
                        "access.token.claim", "true", "id.token.claim", "false"));
    }

    static Map<String, Object> amrMapper() {
        return Map.of("name", "amr", "protocol", "openid-connect", "protocolMapper", "oidc-amr-mapper", "config",
                Map.of("access.token.claim", "true", "id.token.claim", "true"));
    }
}
