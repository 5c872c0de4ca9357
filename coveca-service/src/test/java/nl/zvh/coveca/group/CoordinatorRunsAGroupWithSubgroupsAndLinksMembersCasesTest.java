package nl.zvh.coveca.group;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Map;
import nl.zvh.coveca.Tokens;
import nl.zvh.coveca.cases.CaseRequestsForTests;
import org.junit.jupiter.api.Test;

/**
 * The house's process director runs a group (Haaglanden's group approach): opens it, adds two subgroups, links a
 * member to the main person of an existing case and adds one without a case, moves a member between subgroups and
 * records a meeting of one subgroup. What the API refuses names the field (RFC 9457): a case the director does not
 * see, a second subgroup of the same name, a person twice, a member that is neither a case nor a person, a meeting
 * in the future; a closed group changes no more (409). Every read of the members is audited per person.
 */
@QuarkusTest
class CoordinatorRunsAGroupWithSubgroupsAndLinksMembersCasesTest {

    @Inject
    AgroalDataSource ds;

    @Test
    void runsAGroup() throws Exception {
        String staff = Tokens.houseStaffDirector();
        String caseId = CaseRequestsForTests.open(staff, "Groepslid");
        String housingCase = CaseRequestsForTests.open(Tokens.housingDirector(), "Anderegroep");

        String groupId = as(staff)
                .body(Map.of("name", "Jeugdgroep Kalsdonk", "municipality", "Roosendaal", "description",
                        "Overlast rond het winkelcentrum"))
                .post("/api/groups").then().statusCode(201).body("name", equalTo("Jeugdgroep Kalsdonk"))
                .body("subgroups", equalTo(0)).extract().path("id");
        as(staff).body(Map.of("name", " ", "municipality", "Roosendaal")).post("/api/groups").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors.field", hasItem(endsWith("name")));

        String core = as(staff).body(Map.of("name", "Kern")).post("/api/groups/" + groupId + "/subgroups").then()
                .statusCode(201).extract().path("id");
        String edge = as(staff).body(Map.of("name", "Meelopers")).post("/api/groups/" + groupId + "/subgroups").then()
                .statusCode(201).extract().path("id");
        as(staff).body(Map.of("name", "kern")).post("/api/groups/" + groupId + "/subgroups").then().statusCode(400)
                .body("errors[0].field", equalTo("name"));

        String linked = as(staff).body(Map.of("caseId", caseId, "subgroupId", core))
                .post("/api/groups/" + groupId + "/members").then().statusCode(201)
                .body("name", equalTo("Piet de Groepslid")).body("caseId", equalTo(caseId)).extract().path("id");
        as(staff).body(Map.of("caseId", caseId)).post("/api/groups/" + groupId + "/members").then().statusCode(400)
                .body("errors[0].field", equalTo("caseId"));
        as(staff).body(Map.of()).post("/api/groups/" + groupId + "/members").then().statusCode(400)
                .body("errors[0].field", equalTo("caseId"));
        as(staff)
                .body(Map.of("person",
                        Map.of("firstName", "Noa", "lastName", "Zondercasus", "dateOfBirth", "2009-03-01"),
                        "subgroupId", edge))
                .post("/api/groups/" + groupId + "/members").then().statusCode(201).body("caseId", nullValue())
                .body("name", equalTo("Noa Zondercasus"));
        as(staff).body(Map.of("person", Map.of("firstName", "Noa", "lastName", "Zonder"), "subgroupId", edge))
                .post("/api/groups/" + groupId + "/members").then().statusCode(400)
                .body("errors.field", hasItem(endsWith("dateOfBirth")));

        // the police's director neither sees the group nor may link a case it does not see into a group of its own
        String police = Tokens.policeDirector();
        as(police).get("/api/groups/" + groupId).then().statusCode(404);
        String own = as(police).body(Map.of("name", "Politiegroep", "municipality", "Bergen op Zoom"))
                .post("/api/groups").then().statusCode(201).extract().path("id");
        as(police).body(Map.of("caseId", housingCase)).post("/api/groups/" + own + "/members").then().statusCode(400)
                .body("errors[0].field", equalTo("caseId"));

        as(staff).body(Map.of("subgroupId", edge)).put("/api/groups/" + groupId + "/members/" + linked + "/subgroup")
                .then().statusCode(200).body("subgroupId", equalTo(edge));
        as(staff).get("/api/groups/" + groupId).then().statusCode(200)
                .body("subgroups.name", contains("Kern", "Meelopers"))
                .body("subgroups.find { it.name == 'Meelopers' }.members", equalTo(2)).body("members", hasSize(2))
                .body("members.find { it.caseId != null }.dateOfBirth", equalTo("1979-11-02"));

        String today = LocalDate.now().toString();
        as(staff)
                .body(Map.of("heldOn", LocalDate.now().plusDays(2).toString(), "attendance",
                        java.util.List.of("Politie"), "minutes", "Te vroeg"))
                .post("/api/groups/" + groupId + "/subgroups/" + edge + "/meetings").then().statusCode(400)
                .body("errors[0].field", endsWith("heldOn"));
        as(staff)
                .body(Map.of("heldOn", today, "attendance", java.util.List.of("Politie", "Jongerenwerk"), "minutes",
                        "Besproken: de overlast bij de speeltuin.", "agreements",
                        java.util.List.of("Jongerenwerk zoekt Noa op")))
                .post("/api/groups/" + groupId + "/subgroups/" + edge + "/meetings").then().statusCode(201);
        as(staff).get("/api/groups/" + groupId + "/subgroups/" + edge + "/meetings").then().statusCode(200)
                .body("[0].attendance", contains("Politie", "Jongerenwerk"))
                .body("[0].agreements", contains("Jongerenwerk zoekt Noa op"));
        as(staff).get("/api/groups/" + groupId + "/subgroups/" + own + "/meetings").then().statusCode(404);
        as(staff).get("/api/groups").then().statusCode(200).body("find { it.id == '" + groupId + "' }.members",
                equalTo(2));

        assertEquals(2, count("select count(distinct person_ref) from audit_log where resource_type = 'coveca-group'"
                + " and resource_id = ? and action = 'READ' and purpose = 'group-approach'", groupId));
        assertEquals(2, count("select count(*) from audit_log where resource_type = 'coveca-group'"
                + " and resource_id = ? and action = 'CREATE' and purpose = 'group-meeting'", groupId));

        as(staff).body(Map.of()).post("/api/groups/" + groupId + "/closure").then().statusCode(200).body("closedOn",
                equalTo(today));
        as(staff).body(Map.of("name", "Nieuw")).post("/api/groups/" + groupId + "/subgroups").then().statusCode(409);
        as(staff).get("/api/groups").then().body("id", org.hamcrest.Matchers.not(hasItem(groupId)));
        as(staff).queryParam("closed", true).get("/api/groups").then().body("id", hasItem(groupId));
        as(Tokens.analyst()).get("/api/groups").then().statusCode(403);
    }

    private static org.hamcrest.Matcher<String> endsWith(String suffix) {
        return org.hamcrest.Matchers.endsWith(suffix);
    }

    private long count(String sql, String id) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).when();
    }
}
