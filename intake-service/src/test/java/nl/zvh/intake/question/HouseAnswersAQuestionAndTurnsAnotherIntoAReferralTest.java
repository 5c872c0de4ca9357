package nl.zvh.intake.question;

import static io.restassured.RestAssured.given;
import static nl.zvh.intake.TestInfrastructure.HOUSE;
import static nl.zvh.intake.TestInfrastructure.HOUSING;
import static nl.zvh.intake.TestInfrastructure.POLICE;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.zvh.intake.ReferralEventsOnKafka;
import nl.zvh.intake.referral.ReferralRequests;
import nl.zvh.platform.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Advice and information questions through the API, against a real PostgreSQL and Kafka: a referrer asks and only
 * its own organisation sees the question; the house's own staff (organisation "ZVH De Markiezaten") answer it, the
 * time spent required; a phone question about a named person becomes a referral that is submitted to the triage
 * table (ReferralSubmitted on the topic) and recorded on the question, once. A partner's process director, a
 * referrer answering, or another house get nothing.
 */
@QuarkusTest
class HouseAnswersAQuestionAndTurnsAnotherIntoAReferralTest {
    static final String STAFF = "ZVH De Markiezaten";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    EntityManager em;

    private final String police = TestTokens.token("agent-vraag", POLICE, HOUSE, "referrer");
    private final String housing = TestTokens.token("corporatie-vraag", HOUSING, HOUSE, "referrer");
    private final String staff = TestTokens.token("huis-medewerker", STAFF, HOUSE, "process-director");
    private final String partnerDirector = TestTokens.token("politie-regisseur", POLICE, HOUSE, "process-director");
    private final String otherHouse = TestTokens.token("haaglanden-medewerker", "ZVH Haaglanden", "haaglanden",
            "process-director");

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    @Test
    void aReferrerAsksSeesOnlyItsOwnOrganisationsQuestionsAndReadsTheAnswer() {
        String id = as(police)
                .body(Map.of("municipality", "Bergen op Zoom", "kind", "ADVICE", "text",
                        "Mogen wij zorgen over een gezin met de wijkteams delen?"))
                .post("/api/questions").then().statusCode(201).body("status", equalTo("OPEN"))
                .body("channel", equalTo("PORTAL")).body("askerOrganisation", equalTo(POLICE))
                .body("person", nullValue()).extract().path("id");

        as(police).get("/api/questions").then().statusCode(200).body("id", hasItem(id));
        as(housing).get("/api/questions").then().statusCode(200).body("id", not(hasItem(id)));
        as(housing).get("/api/questions/" + id).then().statusCode(404);
        as(otherHouse).get("/api/questions/" + id).then().statusCode(404);
        // a partner's process director is no house staff: it asks and sees its own organisation's questions like a
        // referrer, but answers none; a referrer does not answer either
        as(partnerDirector).get("/api/questions").then().statusCode(200).body("id", hasItem(id));
        as(partnerDirector).body(Map.of("answer", "Ja", "minutesSpent", 5)).post("/api/questions/" + id + "/answer")
                .then().statusCode(403);
        // referrers file referrals: its own organisation's question does not become one by the process director
        as(partnerDirector).body(ReferralRequests.valid()).post("/api/questions/" + id + "/referral").then()
                .statusCode(403);
        as(police).body(Map.of("answer", "Ja", "minutesSpent", 5)).post("/api/questions/" + id + "/answer").then()
                .statusCode(403);

        as(staff).get("/api/questions?status=OPEN").then().statusCode(200).body("id", hasItem(id));
        // time spent is required, positive and bounded: a problem naming the field
        as(staff).body(Map.of("answer", "Ja, binnen het convenant.")).post("/api/questions/" + id + "/answer").then()
                .statusCode(400).contentType(containsProblem()).body("errors.field", hasItem("minutesSpent"));
        as(staff).body(Map.of("answer", "Ja, binnen het convenant.", "minutesSpent", 0))
                .post("/api/questions/" + id + "/answer").then().statusCode(400)
                .body("errors.field", hasItem("minutesSpent"));
        as(staff).body(Map.of("answer", "Ja, binnen het convenant.", "minutesSpent", 1441))
                .post("/api/questions/" + id + "/answer").then().statusCode(400)
                .body("errors.field", hasItem("minutesSpent"));
        as(staff).body(Map.of("answer", "Ja, binnen het convenant.", "minutesSpent", 25, "kind", "INFORMATION"))
                .post("/api/questions/" + id + "/answer").then().statusCode(200).body("status", equalTo("ANSWERED"))
                .body("minutesSpent", equalTo(25)).body("kind", equalTo("INFORMATION"));
        as(staff).body(Map.of("answer", "Nog eens", "minutesSpent", 5)).post("/api/questions/" + id + "/answer").then()
                .statusCode(409);

        as(police).get("/api/questions/" + id).then().statusCode(200)
                .body("answer", equalTo("Ja, binnen het convenant.")).body("answeredBy", notNullValue())
                .body("status", equalTo("ANSWERED"));
    }

    @Test
    void aPhoneQuestionAboutANamedPersonBecomesAReferralThatReachesTriageOnce() {
        Map<String, Object> phone = Map.of("municipality", "Roosendaal", "kind", "ADVICE", "channel", "PHONE",
                "askerOrganisation", "Wijkteam Roosendaal", "askerName", "Petra de Vries, wijkcoach", "text",
                "Een bewoner vervuilt zijn woning ernstig en weigert hulp.", "person",
                Map.of("firstName", "Kees", "lastName", "Vraagsma", "dateOfBirth", "1961-05-04"));
        // a referrer cannot enter a phone question for someone else: the channel and asker come from the token
        String id = as(staff).body(phone).post("/api/questions").then().statusCode(201)
                .body("channel", equalTo("PHONE")).body("askerName", equalTo("Petra de Vries, wijkcoach"))
                .body("person.lastName", equalTo("Vraagsma")).extract().path("id");
        String personId = as(staff).get("/api/questions/" + id).then().statusCode(200).extract().path("person.id");
        // staff must say how it came in and who asked
        as(staff).body(Map.of("municipality", "Roosendaal", "kind", "ADVICE", "text", "Zonder vraagsteller"))
                .post("/api/questions").then().statusCode(400).body("errors.field", hasItem("channel"))
                .body("errors.field", hasItem("askerOrganisation")).body("errors.field", hasItem("askerName"));

        Map<String, Object> referral = new HashMap<>(ReferralRequests.valid());
        referral.put("municipality", "Roosendaal");
        referral.put("question", "Een bewoner vervuilt zijn woning ernstig en weigert hulp.");
        // a question of another organisation is not found for a partner's process director or referrer
        as(partnerDirector).body(referral).post("/api/questions/" + id + "/referral").then().statusCode(404);
        as(housing).body(referral).post("/api/questions/" + id + "/referral").then().statusCode(404);

        String referralId = as(staff).body(referral).post("/api/questions/" + id + "/referral").then().statusCode(201)
                .body("status", equalTo("SUBMITTED")).body("referrerOrganisation", equalTo(STAFF)).extract().path("id");
        JsonNode submitted = ReferralEventsOnKafka.await(bootstrap, referralId, "ReferralSubmitted");
        assertEquals(HOUSE, submitted.path("house").asText());

        as(staff).get("/api/questions/" + id).then().statusCode(200).body("status", equalTo("BECAME_REFERRAL"))
                .body("referralId", equalTo(referralId));
        as(staff).body(referral).post("/api/questions/" + id + "/referral").then().statusCode(409);

        Number audited = (Number) em
                .createNativeQuery(
                        "select count(*) from audit_log where resource_type = 'question' and resource_id = ?1"
                                + " and person_ref = ?2 and user_name = 'huis-medewerker'")
                .setParameter(1, id).setParameter(2, personId).getSingleResult();
        // created, read twice, changed into a referral
        assertEquals(4, audited.intValue(), "each read and change of the named person is audited");
    }

    @Test
    void aReferrerTurnsItsOwnQuestionIntoItsOwnReferral() {
        String id = as(police)
                .body(Map.of("municipality", "Bergen op Zoom", "kind", "INFORMATION", "text",
                        "Is deze jongere al bekend bij het huis?"))
                .post("/api/questions").then().statusCode(201).extract().path("id");
        Map<String, Object> referral = new HashMap<>(ReferralRequests.valid());
        String referralId = as(police).body(referral).post("/api/questions/" + id + "/referral").then().statusCode(201)
                .body("referrerOrganisation", equalTo(POLICE)).extract().path("id");
        as(police).get("/api/referrals").then().statusCode(200).body("id", hasItem(referralId));
        // its own referral's page is linked from the question (a referral filed by the house is not: see the UI test)
        given().auth().oauth2(police).get("/ui/questions/" + id).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("id=\"referral-link\""));
        List<String> ids = as(police).get("/api/questions?status=BECAME_REFERRAL").then().statusCode(200).extract()
                .path("id");
        assertEquals(true, ids.contains(id), ids.toString());
    }

    private static String containsProblem() {
        return "application/problem+json";
    }
}
