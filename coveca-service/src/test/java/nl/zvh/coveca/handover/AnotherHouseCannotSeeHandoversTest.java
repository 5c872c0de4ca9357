package nl.zvh.coveca.handover;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import nl.zvh.coveca.Tokens;
import nl.zvh.coveca.cases.CaseRequestsForTests;
import org.junit.jupiter.api.Test;

/**
 * A handover request belongs to the receiving house's own process directors: a third house's (Zeeland's), a partner's
 * process director in the receiving house (police in Haaglanden) and the sending house itself get a 404 for the
 * request, its acceptance and its refusal, and do not find it in their list; nothing changes by their attempts. The
 * receiving house, in turn, gets a 404 for the sender's case and its handovers: the houses meet only through the
 * events.
 */
@QuarkusTest
class AnotherHouseCannotSeeHandoversTest {

    @Test
    void onlyTheReceivingHousesOwnDirectorsSeeTheRequest() {
        String sender = HandoversForTests.sender();
        String caseId = CaseRequestsForTests.open(sender, "Afgeschermd");
        String handoverId = HandoversForTests.handOver(caseId, "Alleen voor Haaglanden.");
        HandoversForTests.awaitIncoming(handoverId);

        for (String outsider : new String[]{Tokens.zeelandDirector("zeeland-director"), Tokens.otherHouseDirector(),
                sender, Tokens.policeDirector()}) {
            given().auth().oauth2(outsider).when().get("/api/handovers/incoming/" + handoverId).then().statusCode(404);
            given().auth().oauth2(outsider).when().get("/api/handovers/incoming").then().statusCode(200).body("id",
                    not(hasItem(handoverId)));
            given().auth().oauth2(outsider).when().post("/api/handovers/incoming/" + handoverId + "/acceptance").then()
                    .statusCode(404);
            given().auth().oauth2(outsider).contentType(ContentType.JSON).body(Map.of("reason", "niet de onze")).when()
                    .post("/api/handovers/incoming/" + handoverId + "/refusal").then().statusCode(404);
            given().auth().oauth2(outsider).header("X-Forwarded-Prefix", "/coveca").when()
                    .get("/ui/handovers/" + handoverId).then().statusCode(404);
        }
        given().auth().oauth2(HandoversForTests.receiver()).when().get("/api/handovers/incoming/" + handoverId).then()
                .statusCode(200).body("status", equalTo("REQUESTED"));

        String receiver = HandoversForTests.receiver();
        given().auth().oauth2(receiver).queryParam("caseId", caseId).when().get("/api/handovers").then()
                .statusCode(404);
        given().auth().oauth2(receiver).when().get("/api/cases/" + caseId).then().statusCode(404);
        given().auth().oauth2(Tokens.zeelandDirector("zeeland-director")).contentType(ContentType.JSON)
                .body(HandoversForTests.handover(caseId, "Den Haag", "Niet mijn casus")).when().post("/api/handovers")
                .then().statusCode(404);
    }
}
