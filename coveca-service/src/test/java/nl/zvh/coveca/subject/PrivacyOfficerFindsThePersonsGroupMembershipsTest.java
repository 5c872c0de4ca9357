package nl.zvh.coveca.subject;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The privacy officer's export of a person by BSN holds the person's group memberships: the membership linked to the
 * person's case, and a membership without a case under the person's name and date of birth in another group; not the
 * member of the same name born on another day. Each says how it was matched; the group's description and the
 * subgroup's meeting notes (about the whole group) are withheld and listed; each membership is audited as an export.
 */
@QuarkusTest
class PrivacyOfficerFindsThePersonsGroupMembershipsTest {
    static final String HOUSE = "retentiehuis";
    final String director = TestTokens.token("grp-fg-pd", "ZVH Retentiehuis", HOUSE, "process-director");
    final String officer = TestTokens.token("grp-fg", "ZVH Retentiehuis", HOUSE, "privacy-officer");

    RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    @Test
    void theExportHoldsThePersonsMembershipsOnly() {
        String bsn = bsn();
        String last = "Groeps" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
        String caseId = as(director)
                .body(Map.of("municipality", "Roosendaal", "intensity", "MAATWERK", "subApproach", "REGULAR",
                        "mainPerson",
                        Map.of("firstName", "Ilias", "lastName", last, "dateOfBirth", "2007-07-07", "bsn", bsn),
                        "partners", List.of(Map.of("organisation", "GGZ Westelijk Noord-Brabant"))))
                .post("/api/cases").then().statusCode(201).extract().path("id");
        String linkedGroup = group("Jeugdgroep Station", "Overlast rond het station door vijf jongeren");
        String subgroup = as(director).body(Map.of("name", "Kern")).post("/api/groups/" + linkedGroup + "/subgroups")
                .then().statusCode(201).extract().path("id");
        String linked = member(linkedGroup, Map.of("caseId", caseId, "subgroupId", subgroup));
        as(director)
                .body(Map.of("heldOn", LocalDate.now().toString(), "attendance", List.of("Politie"), "minutes",
                        "Geheime notulen over de hele groep"))
                .post("/api/groups/" + linkedGroup + "/subgroups/" + subgroup + "/meetings").then().statusCode(201);
        String otherGroup = group("Jeugdgroep Markt", null);
        String byName = member(otherGroup,
                Map.of("person", Map.of("firstName", "Ilias", "lastName", last, "dateOfBirth", "2007-07-07")));
        String otherDay = member(otherGroup,
                Map.of("person", Map.of("firstName", "Ilias", "lastName", last, "dateOfBirth", "2007-07-08")));

        JsonPath export = given().auth().oauth2(officer).queryParam("bsn", bsn).get("/api/subject").then()
                .statusCode(200).body("records.find { it.recordType == 'coveca-person' }.caseId", equalTo(caseId))
                .body(not(containsString("Geheime notulen"))).body(not(containsString("vijf jongeren"))).extract()
                .jsonPath();
        List<String> members = export.getList("records.findAll { it.recordType == 'coveca-group-member' }.memberId");
        assertEquals(List.of(linked, byName).stream().sorted().toList(), members.stream().sorted().toList(),
                "the linked and the same-named member, not " + otherDay);
        String viaCase = "records.find { it.memberId == '" + linked + "' }";
        String viaName = "records.find { it.memberId == '" + byName + "' }";
        given().auth().oauth2(officer).queryParam("bsn", bsn).get("/api/subject").then().statusCode(200)
                .body(viaCase + ".matchedBy", equalTo("BSN"))
                .body(viaCase + ".groupName", equalTo("Jeugdgroep Station"))
                .body(viaCase + ".subgroupName", equalTo("Kern")).body(viaCase + ".description", nullValue())
                .body(viaCase + ".withheld.item", hasItem("group-description"))
                .body(viaCase + ".subgroupMeetings[0].withheld[0].item", equalTo("subgroup-meeting-notes"))
                .body(viaName + ".matchedBy", equalTo("NAME_AND_DATE_OF_BIRTH"))
                .body(viaName + ".lastName", equalTo(last)).body(viaName + ".dateOfBirth", equalTo("2007-07-07"));
        given().auth().oauth2(officer).queryParam("resourceId", otherGroup).queryParam("limit", 100).get("/api/audit")
                .then().statusCode(200)
                .body("findAll { it.action == 'EXPORT' }.purpose", hasItem("data-subject-access"));
    }

    private String group(String name, String description) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name, "municipality", "Roosendaal"));
        if (description != null) {
            body.put("description", description);
        }
        return as(director).body(body).post("/api/groups").then().statusCode(201).extract().path("id");
    }

    private String member(String group, Map<String, Object> body) {
        return as(director).body(body).post("/api/groups/" + group + "/members").then().statusCode(201).extract()
                .path("id");
    }

    /** A fresh BSN that passes the eleven-test. */
    static String bsn() {
        while (true) {
            int[] d = new int[9];
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                d[i] = ThreadLocalRandom.current().nextInt(i == 0 ? 1 : 0, 10);
                sum += (9 - i) * d[i];
            }
            int last = sum % 11;
            if (last < 10) {
                d[8] = last;
                StringBuilder s = new StringBuilder();
                for (int x : d) {
                    s.append(x);
                }
                return s.toString();
            }
        }
    }
}
