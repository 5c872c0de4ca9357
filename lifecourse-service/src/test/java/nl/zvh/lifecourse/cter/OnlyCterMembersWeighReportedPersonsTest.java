package nl.zvh.lifecourse.cter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.zvh.lifecourse.Tokens;
import nl.zvh.platform.testing.Kafka;
import org.junit.jupiter.api.Test;

/**
 * A cter-member reports a person, weighs them at a session with the municipality's safety officer invited and
 * records outcome, follow-up and review date; CterOutcomeDecided carries no name. Process directors, life-course
 * coordinators, case managers and analysts get 403; a cter-member of another house gets 404.
 */
@QuarkusTest
class OnlyCterMembersWeighReportedPersonsTest {

    @Test
    void cterMemberWeighsAndNobodyElseSeesIt() {
        String cter = Tokens.cterMember();
        String person = given().auth().oauth2(cter).contentType(ContentType.JSON)
                .body(Map.of("municipality", "Bergen op Zoom", "firstName", "Karel", "lastName", "Soeverein", "source",
                        "Politie", "ideology", "ANTI_GOVERNMENT_SOVEREIGN"))
                .when().post("/api/cter/persons").then().statusCode(201).extract().path("id");
        String session = given().auth().oauth2(cter).contentType(ContentType.JSON)
                .body(Map.of("date", LocalDate.now().toString(), "attendees", List.of("Politie", "OM", "NCTV"))).when()
                .post("/api/cter/sessions").then().statusCode(201).extract().path("id");

        given().auth().oauth2(cter).contentType(ContentType.JSON)
                .body(Map.of("cterPersonId", person, "outcome", "PERSON_ORIENTED_APPROACH")).when()
                .post("/api/cter/sessions/" + session + "/weighings").then().statusCode(400)
                .body("errors[0].field", equalTo("safetyOfficer"));
        String review = LocalDate.now().plusMonths(3).toString();
        given().auth().oauth2(cter).contentType(ContentType.JSON)
                .body(Map.of("cterPersonId", person, "safetyOfficer", "Veiligheidsadviseur gemeente Bergen op Zoom",
                        "outcome", "PERSON_ORIENTED_APPROACH", "followUp", "Persoonsgerichte aanpak via gemeente",
                        "reviewDate", review))
                .when().post("/api/cter/sessions/" + session + "/weighings").then().statusCode(200);

        given().auth().oauth2(cter).when().get("/api/cter/persons/" + person).then().statusCode(200)
                .body("outcome", equalTo("PERSON_ORIENTED_APPROACH")).body("reviewDate", equalTo(review));
        given().auth().oauth2(cter).when().get("/api/cter/sessions/" + session).then().statusCode(200)
                .body("weighings.safetyOfficer", contains("Veiligheidsadviseur gemeente Bergen op Zoom"))
                .body("attendees", hasItem("NCTV"));

        for (String other : List.of(Tokens.processDirector(), Tokens.coordinator(), Tokens.analyst(),
                Tokens.caseManager("politie-lifecourse-case-manager", "Politie Zeeland-West-Brabant"))) {
            given().auth().oauth2(other).when().get("/api/cter/persons/" + person).then().statusCode(403);
            given().auth().oauth2(other).when().get("/api/cter/persons").then().statusCode(403);
            given().auth().oauth2(other).when().get("/api/cter/sessions").then().statusCode(403);
        }
        given().auth().oauth2(Tokens.otherHouseCterMember()).when().get("/api/cter/persons/" + person).then()
                .statusCode(404);

        String event = Kafka.await("zvh.lifecourse.cter", r -> person.equals(r.key()));
        assertTrue(event.contains("\"outcome\":\"PERSON_ORIENTED_APPROACH\""), event);
        assertFalse(event.contains("Soeverein") || event.contains("Karel") || event.contains("Persoonsgerichte"),
                event);
    }
}
