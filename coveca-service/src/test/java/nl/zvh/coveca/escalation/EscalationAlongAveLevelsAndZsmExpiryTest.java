package nl.zvh.coveca.escalation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.zvh.coveca.Tokens;
import nl.zvh.coveca.cases.CaseRequestsForTests;
import org.junit.jupiter.api.Test;

/**
 * Escalation up and down the AVE levels with question and answer, scaling down to regular care, an expert
 * consultation, and a ZSM scenario that is served while valid and, once its three months are over, listed as expired
 * without content and answered with 410 Gone.
 */
@QuarkusTest
class EscalationAlongAveLevelsAndZsmExpiryTest {

    @Test
    void escalateDeEscalateAndScaleDown() {
        String police = Tokens.policeDirector();
        String caseId = CaseRequestsForTests.open(police, "Escalatie");
        String first = raise(police, caseId, "ESCALATE", "PROCESS", "Zorgaanbieder weigert plaatsing").statusCode(201)
                .body("level", equalTo("PROCESS")).extract().path("id");
        raise(police, caseId, "ESCALATE", "CASE", "lager").statusCode(400).body("errors.field", hasItem("level"));
        raise(police, caseId, "ESCALATE", "ADMINISTRATIVE", "Burgemeester nodig").statusCode(201);
        given().auth().oauth2(police).when().get("/api/cases/" + caseId).then().body("escalationLevel",
                equalTo("ADMINISTRATIVE"));
        raise(police, caseId, "DE_ESCALATE", "CASE", "Plaatsing geregeld").statusCode(201);
        given().auth().oauth2(police).contentType(ContentType.JSON).body(Map.of("answer", "Bed beschikbaar per 1/12"))
                .when().put("/api/cases/" + caseId + "/escalations/" + first + "/answer").then().statusCode(200)
                .body("answer", equalTo("Bed beschikbaar per 1/12"));
        raise(police, caseId, "SCALE_DOWN_TO_REGULAR_CARE", null, "Wijkteam neemt over").statusCode(201);
        given().auth().oauth2(police).when().get("/api/cases/" + caseId).then().body("escalationLevel", nullValue());
        given().auth().oauth2(police).when().get("/api/cases/" + caseId + "/escalations").then().statusCode(200)
                .body("direction", contains("ESCALATE", "ESCALATE", "DE_ESCALATE", "SCALE_DOWN_TO_REGULAR_CARE"));

        given().auth().oauth2(police).contentType(ContentType.JSON)
                .body(Map.of("expertType", "LEARNING_DISABILITY_EXPERT", "expertName", "Dr. K. de Wit", "question",
                        "Is er sprake van LVB?", "advice", "Ja; eenvoudige taal", "consultedOn",
                        LocalDate.now().toString()))
                .when().post("/api/cases/" + caseId + "/expert-consultations").then().statusCode(201);
        given().auth().oauth2(police).when().get("/api/cases/" + caseId + "/expert-consultations").then()
                .body("expertType", contains("LEARNING_DISABILITY_EXPERT"));
    }

    @Test
    void zsmScenarioExpiresAfterThreeMonths() {
        String police = Tokens.policeDirector();
        String caseId = CaseRequestsForTests.open(police, "Zsm");
        String personId = given().auth().oauth2(police).when().get("/api/cases/" + caseId).then().extract()
                .path("persons[0].personId");
        String zsm = given().auth().oauth2(police).contentType(ContentType.JSON)
                .body(Map.of("personId", personId, "scenario", "Bij nieuw incident: ZSM-afdoening met zorgtraject",
                        "advice", "Voorwaardelijk sepot met reclasseringstoezicht"))
                .when().post("/api/cases/" + caseId + "/zsm-scenarios").then().statusCode(201)
                .body("validUntil", equalTo(LocalDate.now().plusMonths(3).toString())).body("expired", equalTo(false))
                .extract().path("id");
        given().auth().oauth2(police).when().get("/api/cases/" + caseId + "/zsm-scenarios/" + zsm).then()
                .statusCode(200).body("advice", equalTo("Voorwaardelijk sepot met reclasseringstoezicht"));

        QuarkusTransaction.requiringNew().run(() -> ZsmScenario.update("validUntil = ?1 where id = ?2",
                LocalDate.now().minusDays(1), UUID.fromString(zsm)));
        given().auth().oauth2(police).when().get("/api/cases/" + caseId + "/zsm-scenarios").then().statusCode(200)
                .body("find { it.id == '" + zsm + "' }.expired", equalTo(true))
                .body("find { it.id == '" + zsm + "' }.scenario", nullValue())
                .body("find { it.id == '" + zsm + "' }.advice", nullValue());
        given().auth().oauth2(police).when().get("/api/cases/" + caseId + "/zsm-scenarios/" + zsm).then()
                .statusCode(410).contentType("application/problem+json");
    }

    private static io.restassured.response.ValidatableResponse raise(String token, String caseId, String direction,
            String level, String question) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("direction", direction, "question", question));
        if (level != null) {
            body.put("level", level);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when()
                .post("/api/cases/" + caseId + "/escalations").then();
    }
}
