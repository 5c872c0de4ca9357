package nl.zvh.lifecourse.inbound;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zvh.lifecourse.Tokens;
import nl.zvh.platform.testing.Kafka;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The triage table starts the CTER approach (triage's sample decision, house markiezaten, municipality Roosendaal,
 * programme CTER): the CTER team of the house finds the main person on its register, in the API and on its register
 * page, as started by triage with the referral and not yet categorised; the team categorises the person at the first
 * weighing (a weighing without a category is refused, naming the field). Another house's team does not see them.
 */
@QuarkusTest
class CterTeamSeesTheTriageStartedPersonOnItsRegisterTest {

    @Test
    void triageStartedPersonIsOnTheRegisterAndIsCategorisedAtTheFirstWeighing() throws Exception {
        String referral = UUID.randomUUID().toString();
        Kafka.send("zvh.triage.decision", referral, TriageStartingLifecourseMakesOneCandidateTest
                .sample(referral, false).replace("\"programme\": \"COVECA\"", "\"programme\": \"CTER\""));

        String cter = Tokens.cterMember();
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth().oauth2(cter).when().get("/api/cter/persons").then().statusCode(200)
                        .body("findAll { it.sourceReferralId == '" + referral + "' }", hasSize(1)));
        String person = given().auth().oauth2(cter).when().get("/api/cter/persons").then().extract()
                .path("find { it.sourceReferralId == '" + referral + "' }.id");
        given().auth().oauth2(cter).when().get("/api/cter/persons/" + person).then().statusCode(200)
                .body("fullName", equalTo("Jan van der Berg"))
                .body("personId", equalTo("9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d"))
                .body("municipality", equalTo("Roosendaal")).body("source", equalTo("TRIAGE"))
                .body("ideology", nullValue()).body("outcome", nullValue());
        given().auth().oauth2(Tokens.otherHouseCterMember()).when().get("/api/cter/persons").then().statusCode(200)
                .body("findAll { it.sourceReferralId == '" + referral + "' }", empty());

        // the newest entry is on the register's last page
        given().auth().oauth2(cter).queryParam("page", 10_000).when().get("/ui/cter").then().statusCode(200)
                .body(containsString("data-id=\"" + person + "\"")).body(containsString("Jan van der Berg"))
                .body(containsString("Integrale triage")).body(containsString("Nog niet bepaald"))
                .body(not(containsString(">TRIAGE<")));

        String session = given().auth().oauth2(cter).contentType(ContentType.JSON)
                .body(Map.of("date", LocalDate.now().toString(), "attendees", List.of("Politie", "Gemeente"))).when()
                .post("/api/cter/sessions").then().statusCode(201).extract().path("id");
        given().auth().oauth2(cter).contentType(ContentType.JSON)
                .body(Map.of("cterPersonId", person, "safetyOfficer", "Veiligheidsadviseur Roosendaal", "outcome",
                        "GATHER_MORE_INFORMATION"))
                .when().post("/api/cter/sessions/" + session + "/weighings").then().statusCode(400)
                .body("errors[0].field", equalTo("ideology"));
        given().auth().oauth2(cter).contentType(ContentType.JSON)
                .body(Map.of("cterPersonId", person, "safetyOfficer", "Veiligheidsadviseur Roosendaal", "outcome",
                        "GATHER_MORE_INFORMATION", "ideology", "RELIGIOUS"))
                .when().post("/api/cter/sessions/" + session + "/weighings").then().statusCode(200);
        given().auth().oauth2(cter).when().get("/api/cter/persons/" + person).then().statusCode(200)
                .body("ideology", equalTo("RELIGIOUS")).body("outcome", equalTo("GATHER_MORE_INFORMATION"));
        String event = Kafka.await("zvh.lifecourse.cter", r -> person.equals(r.key()));
        assertTrue(event.contains("\"ideology\":\"RELIGIOUS\""), event);
    }
}
