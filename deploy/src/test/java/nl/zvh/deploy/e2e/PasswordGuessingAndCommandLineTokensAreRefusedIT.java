package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two attacks on the realm, tried against the stack's real Keycloak: guessing a password online (five wrong
 * passwords, then the right one: still no token, the account is locked for a while) and taking a token with a
 * password alone through Keycloak's command-line client {@code admin-cli} of realm zvh (refused: only the gateway's
 * login hands out tokens). The guessed account is a fresh one made through Keycloak's admin API, so the lock does not
 * touch the demo users the other tests log in with.
 */
@ExtendWith(LocalStack.class)
class PasswordGuessingAndCommandLineTokensAreRefusedIT {
    static final String PASSWORD = "juist-wachtwoord-" + UUID.randomUUID();

    @Test
    void fiveWrongPasswordsLockTheAccount() {
        String username = "raadpoging-" + UUID.randomUUID().toString().substring(0, 8);
        createUser(username);
        passwordGrant(username, PASSWORD).then().statusCode(200);
        for (int i = 0; i < 5; i++) {
            passwordGrant(username, "geraden-" + i).then().statusCode(not(equalTo(200)));
        }
        passwordGrant(username, PASSWORD).then().statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void aPasswordAloneGivesNoTokenThroughTheCommandLineClient() {
        given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "politie-referrer").formParam("password", "demo").when().post(Keycloak.TOKEN_URL)
                .then().statusCode(not(equalTo(200))).body("access_token", org.hamcrest.Matchers.nullValue());
    }

    private static io.restassured.response.Response passwordGrant(String username, String password) {
        return given().formParam("grant_type", "password").formParam("client_id", Keycloak.GATEWAY_CLIENT)
                .formParam("client_secret", Keycloak.GATEWAY_SECRET).formParam("username", username)
                .formParam("password", password).formParam("scope", "openid").when().post(Keycloak.TOKEN_URL);
    }

    /** A referrer of the demo house, made with the stack's bootstrap admin (admin/admin, local stack only). */
    private static void createUser(String username) {
        String admin = given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin").when()
                .post(LocalStack.KEYCLOAK + "/realms/master/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("username", username, "enabled", true, "emailVerified", true, "firstName", "Raad",
                        "lastName", "Poging", "email", username + "@example.org", "attributes",
                        Map.of("organisation", List.of("Woonkwartier"), "house", List.of("markiezaten"), "house_name",
                                List.of("Zorg- en Veiligheidshuis De Markiezaten")),
                        "credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false))))
                .when().post(LocalStack.KEYCLOAK + "/admin/realms/zvh/users").then().statusCode(201);
    }
}
