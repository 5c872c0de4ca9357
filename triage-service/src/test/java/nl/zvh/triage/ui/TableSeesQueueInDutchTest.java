package nl.zvh.triage.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TableSeesQueueInDutchTest {

    @Test
    void tablePageRendersForTheTableAndIsClosedToReferrers() {
        String member = TestTokens.token("vt-lid", "Veilig Thuis Zeeland", "zeeland", "triage-member");
        given().auth().oauth2(member).when().get("/ui/").then().statusCode(200)
                .body(containsString("Nog niet getrieerde aanmeldingen"));
        given().auth().oauth2(member).header("Accept-Language", "en").when().get("/ui/").then().statusCode(200)
                .body(containsString("Referrals waiting for triage"));
        given().auth().oauth2(TestTokens.token("melder", "GGD Zeeland", "zeeland", "referrer")).when().get("/ui/")
                .then().statusCode(403);
    }
}
