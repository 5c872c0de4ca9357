package nl.zvh.intake.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReferrerFollowsOwnReferralsInPortalTest {

    private final String zeeland = TestTokens.token("melder-zeeland", "GGD Zeeland", "zeeland", "referrer");
    private final String zeelandOther = TestTokens.token("melder-emergis", "GGZ Emergis", "zeeland", "referrer");

    @Test
    void portalListsOwnOrganisationReferralsInDutchAndEscapesMarkup() {
        Map<String, Object> body = Map.of("mainPerson",
                Map.of("firstName", "<b>Kees</b>", "lastName", "Jansen", "dateOfBirth", "1990-01-01"), "municipality",
                "Vlissingen", "problemAreas", List.of("DEBTS"), "question", "Debts and eviction", "urgency", "NORMAL",
                "personInformed", "INFORMED");
        given().auth().oauth2(zeeland).contentType(ContentType.JSON).body(body).when().post("/api/referrals").then()
                .statusCode(201);

        given().auth().oauth2(zeeland).when().get("/ui/").then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("Aanmeldingen van GGD Zeeland"))
                .body(containsString("&lt;b&gt;Kees&lt;/b&gt; Jansen")).body(containsString("Ingediend"))
                .body(not(containsString("<b>Kees</b>")));
        given().auth().oauth2(zeelandOther).when().get("/ui/").then().statusCode(200)
                .body(not(containsString("Jansen")));
        given().auth().oauth2(zeeland).header("Accept-Language", "en").when().get("/ui/").then().statusCode(200)
                .body(containsString("Referrals of GGD Zeeland"));
    }
}
