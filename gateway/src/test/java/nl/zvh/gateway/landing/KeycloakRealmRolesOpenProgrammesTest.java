package nl.zvh.gateway.landing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.zvh.gateway.support.GatewayTestResources;
import nl.zvh.gateway.support.Tokens;
import org.junit.jupiter.api.Test;

/** Real signed tokens shaped like Keycloak's: roles are read from realm_access.roles. */
@QuarkusTest
@WithTestResource(value = GatewayTestResources.class, scope = TestResourceScope.GLOBAL)
class KeycloakRealmRolesOpenProgrammesTest {

    @Test
    void realmAccessRolesDecideTheProgrammes() {
        String token = Tokens.keycloakStyle("fenna", "Gemeente Breda", "markiezaten", "trafficking-coordinator");
        given().auth().oauth2(token).when().get("/").then().statusCode(200)
                .body(allOf(containsString("Welkom, Fenna"), containsString("Gemeente Breda"),
                        containsString("href=\"/trafficking/ui/\""), not(containsString("/intake/ui/"))));
    }
}
