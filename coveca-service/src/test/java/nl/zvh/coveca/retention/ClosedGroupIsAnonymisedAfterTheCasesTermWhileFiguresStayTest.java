package nl.zvh.coveca.retention;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Retention of the group approach: a group closed today is untouched with the clock five years on (the cases' term)
 * and anonymised two days later — its member without a case loses name and date of birth, the member linked to a
 * case loses the link (the case itself, still open, keeps its own term), the description and the subgroup's minutes
 * go, and the group page shows both members as "data erased" — while an open group's member keeps the name, a member
 * of the open group whose closed case was erased by the case's own term shows as "data erased" (the link stays while
 * the group is open), and the house's figures, which count the group's distinct members, are exactly as before.
 */
@QuarkusTest
class ClosedGroupIsAnonymisedAfterTheCasesTermWhileFiguresStayTest {
    static final String HOUSE = "retentiehuis";
    final String director = TestTokens.token("ret-grp-pd", "ZVH Retentiehuis", HOUSE, "process-director");
    final String analyst = TestTokens.token("ret-grp-analist", "ZVH Retentiehuis", HOUSE, "analyst");
    final String admin = TestTokens.token("ret-grp-admin", "ZVH Retentiehuis", HOUSE, "functional-admin");

    @Inject
    EntityManager em;

    RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    @Test
    void aClosedGroupIsAnonymisedAfterTheTermAnOpenOneStays() {
        String caseId = openCase("Kees", "Gekoppeld");
        String closedCase = openCase("Lotte", "Afgesloten");
        String closed = group("Jeugdgroep Verleden", "Overlast door Noa Vergeten en vrienden");
        String subgroup = as(director).body(Map.of("name", "Kern")).post("/api/groups/" + closed + "/subgroups").then()
                .statusCode(201).extract().path("id");
        member(closed, Map.of("person", Map.of("firstName", "Noa", "lastName", "Vergeten", "dateOfBirth", "2009-03-01"),
                "subgroupId", subgroup));
        member(closed, Map.of("caseId", caseId, "subgroupId", subgroup));
        as(director)
                .body(Map.of("heldOn", LocalDate.now().toString(), "attendance", List.of("Politie"), "minutes",
                        "Noa Vergeten en Kees besproken", "agreements", List.of("Wijkagent spreekt Noa aan")))
                .post("/api/groups/" + closed + "/subgroups/" + subgroup + "/meetings").then().statusCode(201);
        as(director).body(Map.of()).post("/api/groups/" + closed + "/closure").then().statusCode(200);
        String open = group("Jeugdgroep Heden", null);
        member(open, Map.of("person", Map.of("firstName", "Mo", "lastName", "Blijft", "dateOfBirth", "2008-02-02")));
        member(open, Map.of("caseId", closedCase));
        as(director).body(Map.of("reason", "STABLE")).post("/api/cases/" + closedCase + "/closure").then()
                .statusCode(200);

        String figures = as(analyst).get("/api/figures").then().statusCode(200).extract().asString();
        LocalDate fiveYears = LocalDate.now(ZoneOffset.UTC).plusYears(5);
        as(admin).body(Map.of("asOf", fiveYears.toString())).post("/api/retention/runs").then().statusCode(200);
        as(director).get("/api/groups/" + closed).then().statusCode(200).body("members.name", hasItem("Noa Vergeten"));

        as(admin).body(Map.of("asOf", fiveYears.plusDays(2).toString())).post("/api/retention/runs").then()
                .statusCode(200).body("erased", greaterThanOrEqualTo(1));

        as(director).get("/api/groups/" + closed).then().statusCode(200).body("members.size()", equalTo(2))
                .body("members.caseErased", everyItem(equalTo(true))).body("members.name", everyItem(nullValue()))
                .body("members.caseId", everyItem(nullValue())).body("description", nullValue());
        as(director).get("/api/groups/" + closed + "/subgroups/" + subgroup + "/meetings").then().statusCode(200)
                .body("[0].minutes", equalTo("")).body("[0].agreements", equalTo(List.of()));
        // the open group keeps its members; the member whose case was erased by the case's own term shows "erased"
        as(director).get("/api/groups/" + open).then().statusCode(200).body("members.size()", equalTo(2))
                .body("members.find { it.caseId == null }.name", equalTo("Mo Blijft"))
                .body("members.find { it.caseId == '" + closedCase + "' }.caseErased", equalTo(true))
                .body("members.find { it.caseId == '" + closedCase + "' }.name", nullValue());
        as(director).get("/api/cases/" + closedCase).then().statusCode(404);
        as(director).get("/api/cases/" + caseId).then().statusCode(200);
        assertEquals(figures, as(analyst).get("/api/figures").then().statusCode(200).extract().asString(),
                "figures unchanged after the group's erasure");

        List<?> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select first_name, last_name, date_of_birth, case_id, person_id, erased_at from group_member
                where group_id = cast(?1 as uuid)""").setParameter(1, closed).getResultList());
        assertEquals(2, rows.size());
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            assertNull(r[0]);
            assertNull(r[1]);
            assertNull(r[2]);
            assertNull(r[3]);
            assertNotNull(r[4], "person id kept for the distinct-person count");
            assertNotNull(r[5], "erased_at set");
        }
    }

    private String openCase(String firstName, String lastName) {
        return as(director)
                .body(Map.of("municipality", "Roosendaal", "intensity", "MAATWERK", "subApproach", "REGULAR",
                        "mainPerson", Map.of("firstName", firstName, "lastName", lastName, "dateOfBirth", "2006-04-04"),
                        "partners", List.of(Map.of("organisation", "GGZ Westelijk Noord-Brabant"))))
                .post("/api/cases").then().statusCode(201).extract().path("id");
    }

    private String group(String name, String description) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name, "municipality", "Roosendaal"));
        if (description != null) {
            body.put("description", description);
        }
        return as(director).body(body).post("/api/groups").then().statusCode(201).extract().path("id");
    }

    private void member(String group, Map<String, Object> body) {
        as(director).body(body).post("/api/groups/" + group + "/members").then().statusCode(201);
    }
}
