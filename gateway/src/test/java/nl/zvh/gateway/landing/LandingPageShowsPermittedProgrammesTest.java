package nl.zvh.gateway.landing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import nl.zvh.gateway.support.GatewayTestResources;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = GatewayTestResources.class, scope = TestResourceScope.GLOBAL)
class LandingPageShowsPermittedProgrammesTest {

    @Test
    @TestSecurity(user = "alice", roles = "referrer")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Alice de Vries"),
            @Claim(key = "organisation", value = "Politie Zeeland-West-Brabant"),
            @Claim(key = "house", value = "markiezaten"),
            @Claim(key = "house_name", value = "Zorg- en Veiligheidshuis De Markiezaten")})
    void referrerIsGreetedAndSeesAanmeldenButNotTriage() {
        given().when().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(allOf(containsString("Welkom, Alice de Vries"), containsString("Politie Zeeland-West-Brabant"),
                        containsString("Zorg- en Veiligheidshuis De Markiezaten"), containsString("id=\"zvh-logout\""),
                        containsString("<html lang=\"nl\">"), containsString("href=\"/intake/ui/\""),
                        containsString("Aanmelden"), containsString("href=\"/logout\""),
                        not(containsString("/triage/ui/")), not(containsString("Mensenhandel"))));
    }

    @Test
    @TestSecurity(user = "tom", roles = {"triage-member", "analyst"})
    @OidcSecurity(claims = @Claim(key = "organisation", value = "Openbaar Ministerie"))
    void englishIsAvailable() {
        given().header("Accept-Language", "en-GB,en;q=0.8").when().get("/").then().statusCode(200)
                .body(allOf(containsString("Start page"), containsString("<html lang=\"en\">"),
                        containsString("href=\"/triage/ui/\""), containsString("Figures"),
                        containsString("href=\"/report\""), not(containsString("/intake/ui/"))));
    }

    @Test
    @TestSecurity(user = "pia", roles = "partner-system")
    void userWithoutProgrammeRolesGetsAnExplanation() {
        given().cookie("zvh_lang", "nl").header("Accept-Language", "en").when().get("/").then().statusCode(200)
                .body(allOf(containsString("geven geen toegang"), containsString("onbekend")));
    }
}
