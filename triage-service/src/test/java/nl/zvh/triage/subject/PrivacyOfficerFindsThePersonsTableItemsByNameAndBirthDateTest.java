package nl.zvh.triage.subject;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zvh.platform.testing.TestTokens;
import nl.zvh.triage.IntakeSamples;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The privacy officer's export of a person (by platform person id) holds the items of the house's other tables about
 * that person — found by the name and date of birth the person has in the house's referrals, with or without the
 * surname prefix — and not an item of someone with the same name born on another day. Each item says how it was
 * matched; the related persons and the meeting's minutes are withheld and listed; each item is audited as an export.
 */
@QuarkusTest
class PrivacyOfficerFindsThePersonsTableItemsByNameAndBirthDateTest {
    static final String HOUSE = "markiezaten";
    static final String STAFF = TestTokens.token("secretaris-fg-tafels", "ZVH De Markiezaten", HOUSE,
            "process-director");
    static final String OFFICER = TestTokens.token("fg-tafels", "ZVH De Markiezaten", HOUSE, "privacy-officer");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    @Test
    void theExportHoldsTheTableItemsOfThePersonOnly() throws Exception {
        String last = "Bergmans" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        String referralId = UUID.randomUUID().toString();
        String submitted = IntakeSamples.submitted(referralId, Instant.now()).replace("\"lastName\": \"Berg\"",
                "\"lastName\": \"" + last + "\"");
        var main = java.util.regex.Pattern.compile("\"personId\": \"([0-9a-f-]+)\", \"role\": \"MAIN\"")
                .matcher(submitted);
        org.junit.jupiter.api.Assertions.assertTrue(main.find(), submitted);
        String person = main.group(1);
        IntakeSamples.send(bootstrap, referralId, submitted);

        String aware = as(STAFF)
                .body(Map.of("kind", "AWARE", "name", "AWARE " + last, "chairOrganisation", "ZVH De Markiezaten",
                        "members", List.of("Politie Zeeland-West-Brabant")))
                .post("/api/tables").then().statusCode(201).extract().path("id");
        String withPrefix = item(aware, "Jan", "van der " + last, "1984-03-12", List.of("Ex-partner Geheim"));
        String withoutPrefix = item(aware, "Jan", last, "1984-03-12", List.of());
        String otherDay = item(aware, "Jan", "van der " + last, "1984-03-13", List.of());
        String otherFirstName = item(aware, "Piet", "van der " + last, "1984-03-12", List.of());
        String meeting = as(STAFF).body(Map.of("date", java.time.LocalDate.now().toString()))
                .post("/api/tables/" + aware + "/meetings").then().statusCode(201).extract().path("id");
        as(STAFF).body(Map.of("itemIds", List.of(withPrefix)))
                .post("/api/tables/" + aware + "/meetings/" + meeting + "/agenda").then().statusCode(200);
        as(STAFF)
                .body(Map.of("itemId", withPrefix, "outcome", "AWARE_NOT_JOINED", "agreements",
                        "Politie houdt contact"))
                .post("/api/tables/" + aware + "/meetings/" + meeting + "/decisions").then().statusCode(200);
        as(STAFF).body(Map.of("attendance", List.of("ZVH De Markiezaten"), "minutes", "Notulen over iedereen"))
                .post("/api/tables/" + aware + "/meetings/" + meeting + "/minutes").then().statusCode(200);

        JsonPath export = null;
        for (int i = 0; i < 60; i++) {
            export = given().auth().oauth2(OFFICER).queryParam("personId", person).get("/api/subject").then()
                    .statusCode(200).extract().jsonPath();
            if (!export.getList("records").isEmpty()) {
                break;
            }
            Thread.sleep(500);
        }
        List<String> items = export.getList("records.findAll { it.recordType == 'table-item' }.itemId");
        assertEquals(List.of(withPrefix, withoutPrefix).stream().sorted().toList(), items.stream().sorted().toList(),
                "the person's two items, not " + otherDay + " or " + otherFirstName);
        String mine = "records.find { it.itemId == '" + withPrefix + "' }";
        given().auth().oauth2(OFFICER).queryParam("personId", person).get("/api/subject").then().statusCode(200)
                .body("records.find { it.recordType == 'triage-person' }.lastName", equalTo(last))
                .body(mine + ".matchedBy", equalTo("NAME_AND_DATE_OF_BIRTH"))
                .body(mine + ".tableKind", equalTo("AWARE")).body(mine + ".lastName", equalTo("van der " + last))
                .body(mine + ".decisions[0].outcome", equalTo("AWARE_NOT_JOINED"))
                .body(mine + ".decisions[0].agreements", equalTo("Politie houdt contact"))
                .body(mine + ".decisions[0].withheld[0].item", equalTo("meeting-minutes"))
                .body(mine + ".withheld.item", hasItem("related-persons"))
                .body(not(containsString("Ex-partner Geheim"))).body(not(containsString("Notulen over iedereen")));
        given().auth().oauth2(OFFICER).queryParam("resourceId", withPrefix).queryParam("limit", 100).get("/api/audit")
                .then().statusCode(200)
                .body("findAll { it.action == 'EXPORT' }.purpose", hasItem("data-subject-access"));
    }

    private static String item(String table, String first, String lastName, String born, List<String> related) {
        return as(STAFF)
                .body(Map.of("firstName", first, "lastName", lastName, "birthDate", born, "municipality", "Roosendaal",
                        "relatedPersons", related))
                .post("/api/tables/" + table + "/items").then().statusCode(201).extract().path("id");
    }
}
