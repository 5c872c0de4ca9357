package nl.zvh.lifecourse.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.zvh.lifecourse.TestInfrastructure;
import nl.zvh.lifecourse.cter.CterPerson;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A cter-member works on screen only: registers a person by hand (a refused form keeps what was typed), plans a
 * weighing session, records "more information needed" (refused without a follow-up date, 422) and then with one;
 * the review worklist shows the follow-up date; reading the session adds one read audit entry per person shown.
 * Nobody else opens these pages, and the start page offers them to the cter-member only.
 */
@QuarkusTest
class CterMemberWeighsOnScreenWithEveryReadAuditedTest {
    private static final String HOUSE = "cter-scherm";
    private static final String TODAY = LocalDate.now().toString();

    private final String member = TestTokens.token("scherm-cter-member", TestInfrastructure.POLICE, HOUSE,
            "cter-member");

    @Test
    void registerWeighAndReviewWithEveryReadAudited() {
        post("/ui/cter/persons", Map.of("lastName", "Radicaal", "municipality", "Goes", "ideology", "LEFT_WING")).then()
                .statusCode(422).body(containsString("href=\"#source\"")).body(containsString("value=\"Goes\""));
        seeOther(post("/ui/cter/persons", Map.of("firstName", "Rik", "lastName", "Radicaal", "municipality", "Goes",
                "source", "Politie", "ideology", "LEFT_WING")), "/ui/cter?notice=person");
        seeOther(post("/ui/cter/persons", Map.of("firstName", "Sem", "lastName", "Stil", "municipality", "Goes",
                "source", "Gemeente Goes", "ideology", "OTHER")), "/ui/cter?notice=person");
        page("/ui/cter?notice=person").body(containsString("De persoon is geregistreerd."))
                .body(containsString("Rik Radicaal")).body(containsString("Links-extremisme"))
                .body(not(containsString(">LEFT_WING")));

        String session = post("/ui/cter/sessions", Map.of("sessionDate", TODAY, "attendees", "Politie\nGemeente Goes"))
                .then().statusCode(303).extract().header("Location").replaceAll(".*/ui/cter/sessions/([^?]+).*", "$1");
        String rik = person("Radicaal");
        post("/ui/cter/sessions/" + session + "/weighings",
                Map.of("cterPersonId", rik, "safetyOfficer", "AOV Goes", "outcome", "GATHER_MORE_INFORMATION",
                        "followUp", "Navraag bij school"))
                .then().statusCode(422).body(containsString("Kies een vervolgdatum."))
                .body(containsString("Navraag bij school"));
        String review = LocalDate.now().plusWeeks(6).toString();
        seeOther(
                post("/ui/cter/sessions/" + session + "/weighings",
                        Map.of("cterPersonId", rik, "safetyOfficer", "AOV Goes", "outcome", "GATHER_MORE_INFORMATION",
                                "followUp", "Navraag bij school", "reviewDate", review)),
                "/ui/cter/sessions/" + session + "?notice=weighed");

        long before = reads(rik);
        page("/ui/cter/sessions/" + session + "?notice=weighed").body(containsString("De uitkomst is vastgelegd."))
                .body(containsString("Rik Radicaal: Meer informatie verzamelen")).body(containsString("AOV Goes"))
                .body(containsString("Politie, Gemeente Goes"));
        assertEquals(before + 1, reads(rik), "one read entry for the person the session shows");
        assertEquals(0, reads(person("Stil")), "a person not weighed at the session is not read");

        page("/ui/cter/review").body(containsString("Heroverwegingen")).body(containsString("Rik Radicaal"))
                .body(containsString("Navraag bij school")).body(not(containsString("Sem Stil")))
                .body(not(containsString(review)));
        page("/ui").body(containsString("id=\"start-cter\"")).body(containsString("id=\"nav-cter-review\""));

        String coordinator = TestTokens.token("scherm-coordinator", TestInfrastructure.POLICE, HOUSE,
                "lifecourse-coordinator");
        given().auth().oauth2(coordinator).when().get("/ui/cter/review").then().statusCode(403);
        given().auth().oauth2(coordinator).when().get("/ui/cter/sessions/" + session).then().statusCode(403);
        given().auth().oauth2(coordinator).when().get("/ui").then().statusCode(200)
                .body(not(containsString("/ui/cter")));
    }

    private io.restassured.response.ValidatableResponse page(String path) {
        return given().auth().oauth2(member).when().get(path).then().statusCode(200);
    }

    private Response post(String path, Map<String, String> fields) {
        RequestSpecification spec = given().auth().oauth2(member).contentType(ContentType.URLENC).redirects()
                .follow(false);
        fields.forEach(spec::formParam);
        return spec.when().post(path);
    }

    private static void seeOther(Response response, String path) {
        response.then().statusCode(303).header("Location", endsWith(path));
    }

    private String person(String lastName) {
        List<Map<String, Object>> all = given().auth().oauth2(member).when().get("/api/cter/persons").then()
                .statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(p -> String.valueOf(p.get("fullName")).endsWith(" " + lastName))
                .map(p -> String.valueOf(p.get("id"))).findFirst().orElseThrow();
    }

    private static long reads(String cterPersonId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) CterPerson.getEntityManager()
                        .createNativeQuery("select count(*) from audit_log where resource_type = 'cter-person'"
                                + " and resource_id = ?1 and action = 'READ'")
                        .setParameter(1, cterPersonId).getSingleResult()).longValue());
    }
}
