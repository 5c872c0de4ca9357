package nl.zvh.intake.subject;

import static io.restassured.RestAssured.given;
import static nl.zvh.intake.TestInfrastructure.HOUSE;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A question naming a person is part of what intake holds on that person: the house's privacy officer finds it in
 * the subject export by the person id the question gave the person (a question has no BSN), with the question and
 * the answer; the privacy officer of another house finds nothing.
 */
@QuarkusTest
class PrivacyOfficerFindsTheQuestionsAboutAPersonTest {
    private final String staff = TestTokens.token("huis-subject", "ZVH De Markiezaten", HOUSE, "process-director");
    private final String officer = TestTokens.token("fg-vraag", "ZVH De Markiezaten", HOUSE, "privacy-officer");
    private final String otherHouse = TestTokens.token("fg-vraag-haaglanden", "ZVH Haaglanden", "haaglanden",
            "privacy-officer");

    @Test
    void theQuestionAboutThePersonIsInTheExport() {
        String id = given().auth().oauth2(staff).contentType(ContentType.JSON)
                .body(Map.of("municipality", "Tholen", "kind", "ADVICE", "channel", "PHONE", "askerOrganisation",
                        "Wijkteam Tholen", "askerName", "Ans, wijkcoach", "text", "Zorgen over Bram Inzage.", "person",
                        Map.of("firstName", "Bram", "lastName", "Inzage")))
                .post("/api/questions").then().statusCode(201).extract().path("id");
        String personId = given().auth().oauth2(staff).get("/api/questions/" + id).then().extract().path("person.id");

        given().auth().oauth2(officer).queryParam("personId", personId).get("/api/subject").then().statusCode(200)
                .body("records.size()", equalTo(1)).body("records[0].recordType", equalTo("question-person"))
                .body("records[0].lastName", equalTo("Inzage"))
                .body("records[0].question.question", equalTo("Zorgen over Bram Inzage."));
        given().auth().oauth2(otherHouse).queryParam("personId", personId).get("/api/subject").then().statusCode(200)
                .body("records.size()", equalTo(0));
    }
}
