package nl.zvh.lifecourse.candidates;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Shortcuts the scenarios share: register a candidate, hold a session, include. */
public final class CandidateRequestsForTests {
    private CandidateRequestsForTests() {
    }

    public static String candidate(String token, String lastName) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("municipality", "Roosendaal", "firstName", "Piet", "lastName", lastName)).when()
                .post("/api/candidates").then().statusCode(201).extract().path("id");
    }

    public static String session(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("date", LocalDate.now().toString(), "attendees",
                        List.of("Politie", "Gemeente Roosendaal", "Reclassering")))
                .when().post("/api/inclusion-sessions").then().statusCode(201).extract().path("id");
    }

    /** A new candidate, included at a new session: the id of the life-course client. */
    public static String includedClient(String token, String lastName) {
        String candidate = candidate(token, lastName);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("candidateId", candidate, "decision", "INCLUDED", "overrideCapacity", true, "reason",
                        "Test setup"))
                .when().post("/api/inclusion-sessions/" + session(token) + "/decisions").then().statusCode(200);
        return candidate;
    }
}
