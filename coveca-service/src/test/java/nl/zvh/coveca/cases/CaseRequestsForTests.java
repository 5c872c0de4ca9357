package nl.zvh.coveca.cases;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;

/** Request bodies and calls shared by the case scenarios. */
public final class CaseRequestsForTests {
    private CaseRequestsForTests() {
    }

    public static Map<String, Object> newCase(String lastName) {
        return Map.of("municipality", "Roosendaal", "intensity", "MAATWERK", "subApproach", "REGULAR", "mainPerson",
                Map.of("firstName", "Piet", "surnamePrefix", "de", "lastName", lastName, "dateOfBirth", "1979-11-02",
                        "bsn", "123456782"),
                "systemMembers",
                List.of(Map.of("relation", "CHILD", "firstName", "Sanne", "lastName", lastName, "dateOfBirth",
                        "2012-02-14")),
                "partners", List.of(Map.of("organisation", "GGZ Westelijk Noord-Brabant", "contactName", "M. Verhoeven",
                        "contactEmail", "m.verhoeven@example.org")));
    }

    /** Opens a case by hand and returns its id. */
    public static String open(String token, String lastName) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(newCase(lastName)).when()
                .post("/api/cases").then().statusCode(201).extract().path("id");
    }
}
