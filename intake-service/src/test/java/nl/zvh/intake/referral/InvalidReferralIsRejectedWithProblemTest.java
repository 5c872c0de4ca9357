package nl.zvh.intake.referral;

import static io.restassured.RestAssured.given;
import static nl.zvh.intake.TestInfrastructure.HOUSE;
import static nl.zvh.intake.TestInfrastructure.POLICE;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InvalidReferralIsRejectedWithProblemTest {

    private final String police = TestTokens.token("agent-smits", POLICE, HOUSE, "referrer");

    @Test
    void eachInvalidFieldIsNamedAndNothingIsStored() {
        long before = count();
        rejects(b -> ReferralRequests.mainPerson(b).put("bsn", "123456789"), "mainPerson.bsn");
        rejects(b -> ReferralRequests.mainPerson(b).put("dateOfBirth", LocalDate.now().plusDays(1).toString()),
                "mainPerson.dateOfBirth");
        rejects(b -> b.put("municipality", "Amsterdam"), "municipality");
        rejects(b -> b.put("problemAreas", List.of()), "problemAreas");
        rejects(b -> b.put("problemAreas", List.of("WITCHCRAFT")), "problemAreas");
        rejects(b -> b.put("question", " "), "question");
        rejects(b -> b.put("urgency", "WHENEVER"), "urgency");
        rejects(b -> ReferralRequests.mainPerson(b).put("dateOfBirth", "12-03-1984"), "mainPerson.dateOfBirth");
        rejects(b -> b.put("personInformed", "NOT_INFORMED_SAFETY"), "notInformedReason");
        rejects(b -> b.put("house", "haaglanden"), "house");
        rejects(b -> b.put("systemMembers", List.of(Map.of("firstName", "X"))), "systemMembers[0].lastName");
        assertEquals(before, count(), "no rejected referral was stored");
    }

    @Test
    void malformedOrMissingJsonIs400ProblemNot500() {
        given().auth().oauth2(police).contentType(ContentType.JSON).body("{\"mainPerson\": {").when()
                .post("/api/referrals").then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("detail", not(containsString("Exception")));
        given().auth().oauth2(police).contentType(ContentType.JSON).body("[1,2]").when().post("/api/referrals").then()
                .statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(police).contentType(ContentType.JSON).when().post("/api/referrals").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(police).contentType(ContentType.TEXT).body("hello").when().post("/api/referrals").then()
                .statusCode(415).contentType("application/problem+json");
        given().auth().oauth2(police).when().get("/api/referrals/not-a-uuid").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private void rejects(Consumer<Map<String, Object>> change, String field) {
        Map<String, Object> body = ReferralRequests.valid();
        change.accept(body);
        given().auth().oauth2(police).contentType(ContentType.JSON).body(body).when().post("/api/referrals").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    private long count() {
        List<Object> all = given().auth().oauth2(TestTokens.token("chair", "ZVH", HOUSE, "triage-chair"))
                .queryParam("size", 200).when().get("/api/referrals").then().statusCode(200).extract().jsonPath()
                .getList("id");
        return all.size();
    }
}
