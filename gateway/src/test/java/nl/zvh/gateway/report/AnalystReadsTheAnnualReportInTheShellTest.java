package nl.zvh.gateway.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.zvh.gateway.support.GatewayTestResources;
import nl.zvh.gateway.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The annual report is a page of the shell: sections per programme, a programme whose figures are missing says so,
 * charts without inline styles; a year that is not one is answered on the page in Dutch, with what was typed.
 */
@QuarkusTest
@WithTestResource(value = GatewayTestResources.class, scope = TestResourceScope.GLOBAL)
class AnalystReadsTheAnnualReportInTheShellTest {
    private final String analyst = Tokens.keycloakStyle("analist", "Politie", "markiezaten", "analyst");

    @Test
    void theReportIsAPageOfTheShell() {
        given().auth().oauth2(analyst).accept("text/html").queryParam("year", "2026").when().get("/report").then()
                .statusCode(200)
                .body(allOf(containsString("<html lang=\"nl\""), containsString("id=\"zvh-logout\""),
                        containsString("<h1 id=\"report-title\">Jaarcijfers 2026</h1>"),
                        containsString("id=\"section-intake\""), containsString("data-table=\"inflow\""),
                        containsString("data-chart=\"inflow\""), containsString("data-unavailable=\"coveca\""),
                        containsString("id=\"factsheet\""), not(containsString("style=")),
                        not(containsString("/static/gateway.css"))));
    }

    @Test
    void aYearThatIsNotOneIsAnsweredOnThePage() {
        given().auth().oauth2(analyst).accept("text/html").queryParam("year", "abc").when().get("/report").then()
                .statusCode(400)
                .body(allOf(containsString("id=\"error-summary\""),
                        containsString("Vul een jaar in tussen 2000 en 2100."), containsString("value=\"abc\""),
                        not(containsString("id=\"section-intake\""))));
    }
}
