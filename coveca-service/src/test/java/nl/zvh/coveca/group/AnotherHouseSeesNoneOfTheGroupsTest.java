package nl.zvh.coveca.group;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.zvh.coveca.Tokens;
import nl.zvh.coveca.cases.CaseRequestsForTests;
import org.junit.jupiter.api.Test;

/**
 * Groups are scoped in the query: a process director of another house gets 404 on every address of a group of De
 * Markiezaten (API and pages), cannot add to it, and its list holds none of them; in the same house a partner's
 * process director sees only the groups its own organisation opened; another house's director cannot link a case of
 * De Markiezaten into a group of its own.
 */
@QuarkusTest
class AnotherHouseSeesNoneOfTheGroupsTest {

    @Test
    void anotherHouseAndAnotherOrganisationGetNotFound() {
        String staff = Tokens.houseStaffDirector();
        String caseId = CaseRequestsForTests.open(staff, "Scoping");
        String group = json(staff).body(Map.of("name", "Groep Centrum", "municipality", "Roosendaal"))
                .post("/api/groups").then().statusCode(201).extract().path("id");
        String sub = json(staff).body(Map.of("name", "Kern")).post("/api/groups/" + group + "/subgroups").then()
                .statusCode(201).extract().path("id");
        String member = json(staff).body(Map.of("caseId", caseId, "subgroupId", sub))
                .post("/api/groups/" + group + "/members").then().statusCode(201).extract().path("id");
        json(staff)
                .body(Map.of("heldOn", LocalDate.now().toString(), "attendance", List.of("Politie"), "minutes",
                        "Geheim verslag"))
                .post("/api/groups/" + group + "/subgroups/" + sub + "/meetings").then().statusCode(201);

        for (String outsider : List.of(Tokens.otherHouseDirector(), Tokens.policeDirector())) {
            json(outsider).get("/api/groups/" + group).then().statusCode(404);
            json(outsider).get("/api/groups/" + group + "/subgroups/" + sub + "/meetings").then().statusCode(404);
            json(outsider).body(Map.of("name", "Inbraak")).post("/api/groups/" + group + "/subgroups").then()
                    .statusCode(404);
            json(outsider)
                    .body(Map.of("person", Map.of("firstName", "A", "lastName", "B", "dateOfBirth", "2000-01-01")))
                    .post("/api/groups/" + group + "/members").then().statusCode(404);
            json(outsider).body(Map.of("subgroupId", sub))
                    .put("/api/groups/" + group + "/members/" + member + "/subgroup").then().statusCode(404);
            json(outsider).body(Map.of()).post("/api/groups/" + group + "/closure").then().statusCode(404);
            json(outsider)
                    .body(Map.of("heldOn", LocalDate.now().toString(), "attendance", List.of("X"), "minutes", "Y"))
                    .post("/api/groups/" + group + "/subgroups/" + sub + "/meetings").then().statusCode(404);
            json(outsider).queryParam("closed", true).get("/api/groups").then().statusCode(200).body("id",
                    not(hasItem(group)));
            page(outsider).get("/ui/groups/" + group).then().statusCode(404);
            page(outsider).get("/ui/groups/" + group + "/subgroups/" + sub).then().statusCode(404);
            page(outsider).formParams(Map.of("subgroupName", "Inbraak")).post("/ui/groups/" + group + "/subgroups")
                    .then().statusCode(404);
        }

        String other = json(Tokens.otherHouseDirector())
                .body(Map.of("name", "Haagse groep", "municipality", "Den Haag")).post("/api/groups").then()
                .statusCode(201).extract().path("id");
        json(Tokens.otherHouseDirector()).body(Map.of("caseId", caseId)).post("/api/groups/" + other + "/members")
                .then().statusCode(400);
        json(staff).get("/api/groups/" + other).then().statusCode(404);
        json(staff).queryParam("closed", true).get("/api/groups").then().statusCode(200).body("id", not(hasItem(other)))
                .body("id", hasItem(group));
        json(Tokens.otherHouseDirector()).get("/api/groups").then().body("municipality",
                everyItem(org.hamcrest.Matchers.equalTo("Den Haag")));
    }

    static RequestSpecification json(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).when();
    }

    static RequestSpecification page(String token) {
        return given().auth().oauth2(token).header("X-Forwarded-Prefix", "/coveca").redirects().follow(false);
    }
}
