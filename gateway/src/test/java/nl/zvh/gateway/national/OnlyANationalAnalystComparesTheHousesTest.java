package nl.zvh.gateway.national;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.zvh.gateway.support.GatewayTestResources;
import nl.zvh.gateway.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The national view is a page of the shell for the national analyst only, who has no house: the four houses are its
 * columns with their inhabitants, last year by default; a service that is down for the houses (here every service but
 * the fake intake) makes cells "niet beschikbaar" instead of failing the page; a year that is not one is answered on
 * the page; the CSV has a column per house. A house analyst and a privacy officer get 403; the landing page greets
 * the national analyst without a house and offers the national view.
 */
@QuarkusTest
@WithTestResource(value = GatewayTestResources.class, scope = TestResourceScope.GLOBAL)
class OnlyANationalAnalystComparesTheHousesTest {
    /** As Keycloak issues the demo user national-analyst: an organisation, no house and no house name. */
    private final String national = Jwt.preferredUserName("national-analyst").subject("national-analyst")
            .issuer("https://server.example.com").audience(Tokens.AUDIENCE).claim("name", "Jolien Hofstede")
            .claim("organisation", "Landelijk Netwerk Zorg- en Veiligheidshuizen").claim("sid", "national-session")
            .claim("amr", List.of("pwd")).claim("realm_access", Map.of("roles", List.of("national-analyst"))).jws()
            .keyId("1").sign("privateKey.jwk");

    @Test
    void theNationalAnalystSeesEveryHouseSideBySide() {
        int lastYear = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear() - 1;
        given().auth().oauth2(national).accept("text/html").when().get("/national").then().statusCode(200)
                .body(allOf(containsString("<html lang=\"nl\""), containsString("id=\"zvh-logout\""),
                        containsString("<h1 id=\"national-title\">Landelijke vergelijking " + lastYear + "</h1>"),
                        containsString("data-house=\"markiezaten\">Zorg- en Veiligheidshuis De Markiezaten</th>"),
                        containsString("data-house=\"haaglanden\""), containsString("data-house=\"drenthe\""),
                        containsString("data-house=\"zeeland\""), containsString("data-row=\"referrals\""),
                        containsString("data-row=\"coveca-started\""), containsString("data-kind=\"UNAVAILABLE\""),
                        containsString("niet beschikbaar"), containsString("id=\"incomplete\""),
                        containsString("CBS, bevolking op 1 januari 2024"),
                        containsString("data-population=\"zeeland\""),
                        containsString("href=\"/national/csv?year=" + lastYear + "\""), not(containsString("style="))));
    }

    @Test
    void aYearThatIsNotOneIsAnsweredOnThePage() {
        given().auth().oauth2(national).accept("text/html").queryParam("year", "twintig").when().get("/national").then()
                .statusCode(400)
                .body(allOf(containsString("id=\"error-summary\""),
                        containsString("Vul een jaar in tussen 2000 en 2100."), containsString("value=\"twintig\""),
                        not(containsString("id=\"national-table\""))));
    }

    @Test
    void theCsvHasAColumnPerHouse() {
        given().auth().oauth2(national).queryParam("year", "2025").when().get("/national/csv").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("zvh-landelijk-2025.csv"))
                .body(allOf(containsString("Cijfer;Zorg- en Veiligheidshuis De Markiezaten;"),
                        containsString("Zorg- en Veiligheidshuis Zeeland per 10.000 inwoners"),
                        containsString("niet beschikbaar")));
    }

    @Test
    void aHouseAnalystAndOthersAreRefused() {
        String analyst = Tokens.keycloakStyle("analist", "Politie", "markiezaten", "analyst");
        given().auth().oauth2(analyst).accept("text/html").when().get("/national").then().statusCode(403);
        given().auth().oauth2(analyst).when().get("/national/csv").then().statusCode(403);
        String privacy = Tokens.withSecondFactor("fg", "ZVH De Markiezaten", "markiezaten", "privacy-officer");
        given().auth().oauth2(privacy).accept("text/html").when().get("/national").then().statusCode(403);
        // and the national analyst has no annual report of a house of its own
        given().auth().oauth2(national).accept("text/html").when().get("/report").then().statusCode(403);
    }

    @Test
    void theLandingPageWorksWithoutAHouse() {
        given().auth().oauth2(national).accept("text/html").when().get("/").then().statusCode(200)
                .body(allOf(containsString("Welkom, Jolien Hofstede"),
                        containsString("Landelijk Netwerk Zorg- en Veiligheidshuizen"),
                        containsString("href=\"/national\""), containsString("Landelijke vergelijking"),
                        not(containsString("href=\"/report\""))));
    }
}
