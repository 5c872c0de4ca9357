package nl.zvh.intake.referral;

import static io.restassured.RestAssured.given;
import static nl.zvh.intake.TestInfrastructure.HOUSE;
import static nl.zvh.intake.TestInfrastructure.HOUSING;
import static nl.zvh.intake.TestInfrastructure.POLICE;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** A referrer saves a draft with only a name, completes it later and submits it; until then triage sees nothing. */
@QuarkusTest
class ReferrerDraftsThenSubmitsReferralTest {

    @Inject
    EntityManager em;

    private final String police = TestTokens.token("agent-draft", POLICE, HOUSE, "referrer");
    private final String housing = TestTokens.token("consulent-draft", HOUSING, HOUSE, "referrer");
    private final String chair = TestTokens.token("chair-draft", "ZVH De Markiezaten", HOUSE, "triage-chair");

    @Test
    void draftWithOnlyANameIsCompletedAndSubmitted() {
        String id = given().auth().oauth2(police).contentType(ContentType.JSON)
                .body(Map.of("mainPerson", Map.of("firstName", "Kees", "lastName", "Concept"))).when()
                .post("/api/referrals/drafts").then().statusCode(201).body("status", equalTo("DRAFT")).extract()
                .path("id");
        assertEquals(0, outboxRows(id, "ReferralSubmitted"), "a draft is not sent to triage");

        given().auth().oauth2(chair).when().get("/api/referrals/" + id).then().statusCode(404);
        given().auth().oauth2(chair).queryParam("size", 200).when().get("/api/referrals").then().statusCode(200)
                .body("id", not(hasItem(id)));
        given().auth().oauth2(housing).contentType(ContentType.JSON).body(ReferralRequests.valid()).when()
                .put("/api/referrals/" + id).then().statusCode(404);
        given().auth().oauth2(police).queryParam("status", "DRAFT").when().get("/api/referrals").then().statusCode(200)
                .body("id", hasItem(id));

        given().auth().oauth2(police).when().post("/api/referrals/" + id + "/submit").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItems("municipality", "problemAreas",
                        "question", "urgency", "personInformed", "mainPerson.dateOfBirth"));
        given().auth().oauth2(police).when().get("/api/referrals/" + id).then().body("status", equalTo("DRAFT"));

        given().auth().oauth2(police).contentType(ContentType.JSON).body(ReferralRequests.valid()).when()
                .put("/api/referrals/" + id).then().statusCode(200).body("status", equalTo("DRAFT"))
                .body("systemMembers", hasSize(2)).body("mainPerson.lastName", equalTo("Berg"));
        given().auth().oauth2(police).when().post("/api/referrals/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        assertEquals(1, outboxRows(id, "ReferralSubmitted"));
        given().auth().oauth2(chair).when().get("/api/referrals/" + id).then().statusCode(200);

        given().auth().oauth2(police).contentType(ContentType.JSON).body(ReferralRequests.valid()).when()
                .put("/api/referrals/" + id).then().statusCode(409);
        given().auth().oauth2(police).when().post("/api/referrals/" + id + "/submit").then().statusCode(409);
        given().auth().oauth2(police).when().post("/api/referrals/" + id + "/close").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void aDraftIsStillCheckedForWhatIsFilledIn() {
        Map<String, Object> body = new HashMap<>(
                Map.of("mainPerson", Map.of("firstName", "Kees", "lastName", "Concept", "bsn", "123456789")));
        given().auth().oauth2(police).contentType(ContentType.JSON).body(body).when().post("/api/referrals/drafts")
                .then().statusCode(400).body("errors.field", hasItem("mainPerson.bsn"));
        given().auth().oauth2(police).contentType(ContentType.JSON)
                .body(Map.of("mainPerson", Map.of("firstName", "Kees"))).when().post("/api/referrals/drafts").then()
                .statusCode(400).body("errors.field", hasItem("mainPerson.lastName"));
        given().auth().oauth2(police).contentType(ContentType.JSON)
                .body(Map.of("mainPerson", Map.of("firstName", "Kees", "lastName", "Concept"), "municipality",
                        "Amsterdam", "problemAreas", java.util.List.of("WITCHCRAFT")))
                .when().post("/api/referrals/drafts").then().statusCode(400)
                .body("errors.field", hasItems("municipality", "problemAreas"));
        given().auth().oauth2(chair).contentType(ContentType.JSON)
                .body(Map.of("mainPerson", Map.of("firstName", "Kees", "lastName", "Concept"))).when()
                .post("/api/referrals/drafts").then().statusCode(403);
    }

    @Test
    void aWithdrawnDraftIsNeverAnnouncedToTriage() {
        String id = given().auth().oauth2(police).contentType(ContentType.JSON)
                .body(Map.of("mainPerson", Map.of("firstName", "Kees", "lastName", "Concept"))).when()
                .post("/api/referrals/drafts").then().statusCode(201).extract().path("id");
        given().auth().oauth2(police).contentType(ContentType.JSON).body("{}").when()
                .post("/api/referrals/" + id + "/withdraw").then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        assertEquals(0, outboxRows(id, "ReferralWithdrawn"));
    }

    private long outboxRows(String aggregateId, String type) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from outbox_message where aggregate_id = ?1 and event_type = ?2")
                .setParameter(1, aggregateId).setParameter(2, type).getSingleResult()).longValue());
    }
}
