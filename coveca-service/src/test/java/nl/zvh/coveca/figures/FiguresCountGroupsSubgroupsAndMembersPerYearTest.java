package nl.zvh.coveca.figures;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.Map;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * In a house of its own: a group in Breda opened last year with two subgroups and three members (one of whom joined
 * this year), one in Etten-Leur opened this year and closed today with one member, and a third in Breda opened this
 * year. The analyst's figures count per year and municipality the groups active in the year, their subgroups and their
 * members as they stood at the year's end, without a name; another house's groups are not in them.
 */
@QuarkusTest
class FiguresCountGroupsSubgroupsAndMembersPerYearTest {
    static final String HOUSE = "groepenhuis";
    static final String POLICE = "Politie Zeeland-West-Brabant";
    final String director = TestTokens.token("gh-pd", "ZVH Groepenhuis", HOUSE, "process-director");
    final String analyst = TestTokens.token("gh-analist", POLICE, HOUSE, "analyst");

    @Inject
    AgroalDataSource ds;

    @Test
    void countsPerYearAndMunicipality() throws Exception {
        int thisYear = LocalDate.now().getYear();
        int lastYear = thisYear - 1;
        String breda = group("Breda");
        String sub1 = post("/api/groups/" + breda + "/subgroups", Map.of("name", "Kern"));
        post("/api/groups/" + breda + "/subgroups", Map.of("name", "Meelopers"));
        String m1 = member(breda, "Anna", sub1);
        String m2 = member(breda, "Bram", sub1);
        member(breda, "Cas", null);
        String etten = group("Etten-Leur");
        member(etten, "Daan", null);
        given().auth().oauth2(director).contentType(ContentType.JSON).body(Map.of()).when()
                .post("/api/groups/" + etten + "/closure").then().statusCode(200);
        group("Breda");
        given().auth().oauth2(TestTokens.token("x-pd", "ZVH Ander", "anderhuis", "process-director"))
                .contentType(ContentType.JSON).body(Map.of("name", "Elders", "municipality", "Breda")).when()
                .post("/api/groups").then().statusCode(201);

        String lastYearDate = lastYear + "-06-01";
        sql("update coveca_group set created_on = cast(? as date) where id = cast(? as uuid)", lastYearDate, breda);
        sql("update coveca_subgroup set created_on = cast(? as date) where group_id = cast(? as uuid)", lastYearDate,
                breda);
        sql("update group_member set added_on = cast(? as date) where id in (cast(? as uuid), cast(? as uuid))",
                lastYearDate, m1, m2);

        given().auth().oauth2(analyst).when().get("/api/figures?year=" + lastYear).then().statusCode(200)
                .body("groups", hasSize(1)).body("groups[0].municipality", equalTo("Breda"))
                .body("groups[0].groups", equalTo(1)).body("groups[0].subgroups", equalTo(2))
                .body("groups[0].members", equalTo(2));
        given().auth().oauth2(analyst).when().get("/api/figures?year=" + thisYear).then().statusCode(200)
                .body("groups", hasSize(2)).body("groups.find { it.municipality == 'Breda' }.groups", equalTo(2))
                .body("groups.find { it.municipality == 'Breda' }.subgroups", equalTo(2))
                .body("groups.find { it.municipality == 'Breda' }.members", equalTo(3))
                .body("groups.find { it.municipality == 'Etten-Leur' }.groups", equalTo(1))
                .body("groups.find { it.municipality == 'Etten-Leur' }.members", equalTo(1))
                .body(not(containsString("Anna")));
        given().auth().oauth2(analyst).when().get("/api/figures").then().statusCode(200).body("groups", hasSize(3))
                .body("groups.find { it.year == " + lastYear + " }.members", equalTo(2));
    }

    private String group(String municipality) {
        return post("/api/groups", Map.of("name", "Groep " + municipality, "municipality", municipality));
    }

    private String member(String group, String firstName, String subgroup) {
        Map<String, Object> person = Map.of("firstName", firstName, "lastName", "Telling", "dateOfBirth", "2008-01-01");
        return post("/api/groups/" + group + "/members",
                subgroup == null ? Map.of("person", person) : Map.of("person", person, "subgroupId", subgroup));
    }

    private String post(String path, Map<String, Object> body) {
        return given().auth().oauth2(director).contentType(ContentType.JSON).body(body).when().post(path).then()
                .statusCode(201).extract().path("id");
    }

    private void sql(String statement, String... params) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }
}
