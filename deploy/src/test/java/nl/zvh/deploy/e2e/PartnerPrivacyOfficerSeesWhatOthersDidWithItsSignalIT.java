package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 23, attack 3, on the stack through the gateway: a signal belongs to the organisation that reported it. The
 * police system posts a signal, the housing corporation's trafficking coordinator registers one of its own and reads
 * both. The police's privacy officer finds the coordinator's read of the police's signal, but not the coordinator's
 * work on the housing corporation's own signal; the housing corporation's officer sees all its coordinator did.
 */
@ExtendWith(LocalStack.class)
class PartnerPrivacyOfficerSeesWhatOthersDidWithItsSignalIT {
    static final String COORDINATOR = "woonkwartier-trafficking-coordinator";

    @Test
    void thePolicesOfficerSeesWhoReadThePolicesSignalAndNothingElseOfAnotherOrganisation() {
        String police = Keycloak.clientToken("police-zwb-system", "police-dev-secret");
        String coordinator = Keycloak.userToken(COORDINATOR);
        String polices = post(police);
        String own = post(coordinator);
        get(coordinator, "/trafficking/api/signals/" + polices).statusCode(200);
        get(coordinator, "/trafficking/api/signals/" + own).statusCode(200);

        get(Keycloak.privacyOfficerToken("politie-privacy-officer"), "/privacy/audit?user=" + COORDINATOR)
                .statusCode(200).body("entries.resourceId", hasItem(polices))
                .body("entries.resourceId", not(hasItem(own)));
        get(Keycloak.privacyOfficerToken("woonkwartier-privacy-officer"), "/privacy/audit?user=" + COORDINATOR)
                .statusCode(200).body("entries.resourceId", hasItem(own)).body("entries.resourceId", hasItem(polices))
                .body("entries.organisation", everyItem(equalTo("Woonkwartier")));
    }

    private static String post(String token) {
        return given().baseUri(LocalStack.GATEWAY).auth().oauth2(token).contentType("application/json")
                .body(TraffickingCareRouteThroughGatewayIT.signal(
                        "Eigenaar-" + UUID.randomUUID().toString().substring(0, 6), List.of("LABOUR"), null,
                        "POLICE_AVIM"))
                .when().post("/trafficking/api/signals").then().statusCode(201).extract().path("id");
    }

    private static ValidatableResponse get(String token, String path) {
        return given().baseUri(LocalStack.GATEWAY).auth().oauth2(token).when().get(path).then();
    }
}
