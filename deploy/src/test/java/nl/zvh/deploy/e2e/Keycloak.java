package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;

/** Real access tokens from the stack's Keycloak (realm zvh). Demo passwords are documented in the README. */
public final class Keycloak {
    static final String TOKEN_URL = LocalStack.KEYCLOAK + "/realms/zvh/protocol/openid-connect/token";
    static final String GATEWAY_CLIENT = "zvh-gateway";
    static final String GATEWAY_SECRET = System.getProperty("zvh.gateway.secret",
            "zvh-gateway-dev-secret-not-for-production");

    private Keycloak() {
    }

    /** A user's access token (password grant of the gateway client; demo users' password is "demo"). */
    public static String userToken(String username) {
        return given().formParam("grant_type", "password").formParam("client_id", GATEWAY_CLIENT)
                .formParam("client_secret", GATEWAY_SECRET).formParam("username", username)
                .formParam("password", "demo").formParam("scope", "openid").when().post(TOKEN_URL).then()
                .statusCode(200).extract().path("access_token");
    }

    /** A privacy officer's access token: password and the current TOTP code (the role requires a second factor). */
    public static String privacyOfficerToken(String username) {
        return passwordGrant(username, Totp.now(Totp.DEMO_SECRET)).then().statusCode(200).extract()
                .path("access_token");
    }

    /** The raw password grant, with a TOTP code when not null. */
    public static io.restassured.response.Response passwordGrant(String username, String totp) {
        var request = given().formParam("grant_type", "password").formParam("client_id", GATEWAY_CLIENT)
                .formParam("client_secret", GATEWAY_SECRET).formParam("username", username)
                .formParam("password", "demo").formParam("scope", "openid");
        if (totp != null) {
            request = request.formParam("totp", totp);
        }
        return request.when().post(TOKEN_URL);
    }

    /** A partner system's access token (client credentials). */
    public static String clientToken(String clientId, String secret) {
        return given().formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", secret).when().post(TOKEN_URL).then().statusCode(200).extract()
                .path("access_token");
    }
}
