package nl.zvh.coveca.cases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import nl.zvh.coveca.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 23: person ids are the platform's. A process director adding a person to a case under an id no case they see
 * holds (someone else's id from another service), or under the id of a known person with another name, is refused on
 * field personId and nothing is added; the same person (id and name of a case they see) is linked; another house's
 * director cannot link to this house's person at all.
 */
@QuarkusTest
class ACasePersonIsNeverSomeoneElsesIdTest {

    @Test
    void aStrangersOrAnotherNamesIdIsRefusedAndTheSamePersonLinks() {
        String director = Tokens.thirdPoliceDirector();
        String first = CaseRequestsForTests.open(director, "Koppeling");
        String sanne = given().auth().oauth2(director).when().get("/api/cases/" + first).then().statusCode(200)
                .extract().path("persons.find { it.fullName == 'Sanne Koppeling' }.personId");
        String second = CaseRequestsForTests.open(director, "Tweede");

        add(director, second, UUID.randomUUID().toString(), "Eva", "Slachtoffer").statusCode(400).body("errors.field",
                hasItem("personId"));
        add(director, second, sanne, "Eva", "Anders").statusCode(400).body("errors.field", hasItem("personId"));
        given().auth().oauth2(director).when().get("/api/cases/" + second).then().statusCode(200).body("persons.size()",
                equalTo(2));

        add(director, second, sanne, "sanne", "KOPPELING").statusCode(200)
                .body("persons.find { it.personId == '" + sanne + "' }.fullName", equalTo("sanne KOPPELING"));
        String otherHouse = CaseRequestsForTests.open(Tokens.otherHouseDirector(), "Elders");
        add(Tokens.otherHouseDirector(), otherHouse, sanne, "Sanne", "Koppeling").statusCode(400).body("errors.field",
                hasItem("personId"));
    }

    private static io.restassured.response.ValidatableResponse add(String token, String caseId, String personId,
            String firstName, String lastName) {
        return given()
                .auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("personId", personId, "relation",
                        "OTHER", "firstName", firstName, "lastName", lastName, "dateOfBirth", "2012-02-14"))
                .when().post("/api/cases/" + caseId + "/persons").then();
    }
}
