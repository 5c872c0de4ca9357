package nl.zvh.triage.tables;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * AWARE decisions (Haaglanden): the table joins a victim of stalking to a track with its end date and responsible
 * partner, extends it, and ends it; a track ending within two weeks is on the worklist, and an ended one leaves the
 * table. A youth aftercare table belongs to one municipality: a young person of another is refused, the invited are
 * kept, and its contact person is on the house's list.
 */
@QuarkusTest
class AwareTracksAreJoinedExtendedAndEndedTest {
    static final String HOUSE = "haaglanden";
    static final String STAFF = TestTokens.token("secretaris-aware", "ZVH Haaglanden", HOUSE, "process-director");
    static final String POLICE = TestTokens.token("agent-aware", "Politie Eenheid Den Haag", HOUSE, "triage-member");

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    @Test
    void aTrackIsJoinedShowsWhenEndingSoonIsExtendedAndEnded() {
        String table = as(STAFF)
                .body(Map.of("kind", "AWARE", "name", "AWARE " + System.nanoTime(), "chairOrganisation",
                        "ZVH Haaglanden", "members", List.of("Politie Eenheid Den Haag")))
                .post("/api/tables").then().statusCode(201).body("cadence", equalTo("FORTNIGHTLY")).extract()
                .path("id");
        String anna = item(table, "Anna");
        String bea = item(table, "Bea");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        String first = meeting(table, today, anna, bea);
        decide(table, first, Map.of("itemId", bea, "outcome", "AWARE_JOINED")).statusCode(400)
                .body("errors.field", hasItem("trackEnd")).body("errors.field", hasItem("responsibleOrganisation"));
        decide(table, first,
                Map.of("itemId", bea, "outcome", "AWARE_EXTENDED", "trackEnd", today.plusDays(30).toString()))
                .statusCode(400).body("errors[0].field", equalTo("outcome"));
        decide(table, first, Map.of("itemId", anna, "outcome", "AWARE_JOINED", "trackEnd",
                today.plusDays(10).toString(), "responsibleOrganisation", "Politie Eenheid Den Haag")).statusCode(200);
        decide(table, first, Map.of("itemId", bea, "outcome", "AWARE_JOINED", "trackEnd", today.plusDays(90).toString(),
                "responsibleOrganisation", "Veilig Thuis Haaglanden")).statusCode(200);
        JsonPath items = as(POLICE).get("/api/tables/" + table + "/items").then().statusCode(200).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(List.of("Anna"),
                items.getList("findAll { it.endingSoon }.firstName"), "only Anna's track ends within two weeks");

        String second = meeting(table, today.plusDays(1), anna);
        decide(table, second,
                Map.of("itemId", anna, "outcome", "AWARE_EXTENDED", "trackEnd", today.plusDays(5).toString()))
                .statusCode(400).body("errors[0].field", equalTo("trackEnd"));
        decide(table, second,
                Map.of("itemId", anna, "outcome", "AWARE_EXTENDED", "trackEnd", today.plusDays(60).toString()))
                .statusCode(200);
        as(POLICE).get("/api/tables/" + table + "/items/" + anna).then().statusCode(200)
                .body("endingSoon", equalTo(false)).body("trackEnd", equalTo(today.plusDays(60).toString()))
                .body("responsibleOrganisation", equalTo("Politie Eenheid Den Haag"));

        String third = meeting(table, today.plusDays(2), anna);
        decide(table, third, Map.of("itemId", anna, "outcome", "AWARE_ENDED")).statusCode(200);
        as(POLICE).get("/api/tables/" + table + "/items/" + anna).then().body("status", equalTo("CLOSED"))
                .body("trackEnd", equalTo(today.plusDays(2).toString()));
        as(STAFF).body(Map.of("itemIds", List.of(anna))).post("/api/tables/" + table + "/meetings/" + first + "/agenda")
                .then().statusCode(409);
    }

    @Test
    void anAftercareTableTakesItsOwnMunicipalitysYouthsAndIsOnTheContactList() {
        String table = as(STAFF)
                .body(Map.of("kind", "YOUTH_AFTERCARE", "name", "Nazorgtafel Delft " + System.nanoTime(),
                        "chairOrganisation", "Gemeente Delft", "members", List.of("Politie Eenheid Den Haag"),
                        "municipality", "Delft", "contactName", "Mira Bos", "contactEmail", "nazorg@delft.example"))
                .post("/api/tables").then().statusCode(201).extract().path("id");
        as(STAFF).body(Map.of("kind", "YOUTH_AFTERCARE", "name", "Zonder gemeente", "chairOrganisation", "X"))
                .post("/api/tables").then().statusCode(400).body("errors[0].field", equalTo("municipality"));
        as(STAFF).body(Map.of("lastName", "Elders", "birthDate", "2008-01-01", "municipality", "Westland"))
                .post("/api/tables/" + table + "/items").then().statusCode(400)
                .body("errors[0].field", equalTo("municipality"));
        as(STAFF).body(Map.of("lastName", "Te Oud", "birthDate", "1990-01-01", "municipality", "Delft"))
                .post("/api/tables/" + table + "/items").then().statusCode(400)
                .body("errors[0].field", equalTo("birthDate"));
        as(STAFF)
                .body(Map.of("firstName", "Sem", "lastName", "Terug", "birthDate", "2008-01-01", "municipality",
                        "Delft", "relatedPersons",
                        List.of("Sem Terug", "Moeder Terug", "Jeugdreclassering", "Gemeente Delft")))
                .post("/api/tables/" + table + "/items").then().statusCode(201).body("relatedPersons",
                        equalTo(List.of("Sem Terug", "Moeder Terug", "Jeugdreclassering", "Gemeente Delft")));
        as(POLICE).get("/api/tables").then().body("find { it.id == '" + table + "' }.contactName", equalTo("Mira Bos"));
    }

    private static String item(String table, String firstName) {
        return as(STAFF).body(Map.of("firstName", firstName, "lastName", "Slachtoffer", "municipality", "Den Haag"))
                .post("/api/tables/" + table + "/items").then().statusCode(201).extract().path("id");
    }

    private static String meeting(String table, LocalDate date, String... items) {
        String id = as(STAFF).body(Map.of("date", date.toString())).post("/api/tables/" + table + "/meetings").then()
                .statusCode(201).extract().path("id");
        as(STAFF).body(Map.of("itemIds", List.of(items))).post("/api/tables/" + table + "/meetings/" + id + "/agenda")
                .then().statusCode(200);
        return id;
    }

    private static io.restassured.response.ValidatableResponse decide(String table, String meeting,
            Map<String, Object> body) {
        return as(STAFF).body(body).post("/api/tables/" + table + "/meetings/" + meeting + "/decisions").then();
    }
}
