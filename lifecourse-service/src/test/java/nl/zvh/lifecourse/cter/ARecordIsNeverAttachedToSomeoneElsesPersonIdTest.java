package nl.zvh.lifecourse.cter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import nl.zvh.lifecourse.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 23: person ids are the platform's. A CTER member registers a person under the person id of someone the
 * register does not hold (in the reproduced attack: a domestic-violence victim's id from a referral), or under the id
 * of a registered person with another name: refused on field personId, nothing written. Without an id the register
 * gives a new person; naming an id the register holds under the same name links to that person. The coordinator's
 * candidate registration follows the same rule.
 */
@QuarkusTest
class ARecordIsNeverAttachedToSomeoneElsesPersonIdTest {

    @Test
    void aStrangersOrAnotherNamesIdIsRefusedAndTheSamePersonLinks() {
        String cter = Tokens.cterMember();
        String victim = UUID.randomUUID().toString();
        report(cter, Map.of("personId", victim, "firstName", "Eva", "lastName", "Slachtoffer")).statusCode(400)
                .body("errors.field", hasItem("personId"));
        given().auth().oauth2(cter).when().get("/api/cter/persons").then().statusCode(200)
                .body("findAll { it.personId == '" + victim + "' }.size()", equalTo(0));

        String personId = report(cter, Map.of("firstName", "Sam", "lastName", "Koppel")).statusCode(201).extract()
                .path("personId");
        assertNotEquals(victim, personId);
        report(cter, Map.of("personId", personId, "firstName", "Eva", "lastName", "Anders")).statusCode(400)
                .body("errors.field", hasItem("personId"));
        String linked = report(cter, Map.of("personId", personId, "firstName", "sam", "lastName", "KOPPEL"))
                .statusCode(201).extract().path("personId");
        assertEquals(personId, linked, "the same person, by the register's own id and name");

        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("municipality", "Roosendaal", "personId", victim, "firstName", "Eva", "lastName",
                        "Slachtoffer"))
                .when().post("/api/candidates").then().statusCode(400).body("errors.field", hasItem("personId"));
    }

    private static io.restassured.response.ValidatableResponse report(String token, Map<String, String> person) {
        Map<String, Object> body = new java.util.HashMap<>(person);
        body.put("municipality", "Roosendaal");
        body.put("source", "Politie");
        body.put("ideology", "OTHER");
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/api/cter/persons")
                .then();
    }
}
