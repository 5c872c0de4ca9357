package nl.zvh.gateway.versioning;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import nl.zvh.gateway.support.GatewayTestResources;
import nl.zvh.gateway.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A partner system calls {@code /intake/api/v1/...}: the service gets its own path, the answer names the API version
 * and links stay in version 1. The unversioned paths of before still answer, announcing their retirement; a version
 * that does not exist is not found.
 */
@QuarkusTest
@WithTestResource(value = GatewayTestResources.class, scope = TestResourceScope.GLOBAL)
class PartnersCallTheVersionedApiTest {

    private final String token = Tokens.plain("police-zwb-system", Set.of("partner-system"));

    @Test
    void theVersionedPathReachesTheServicesOwnPathAndNamesTheVersion() {
        given().auth().oauth2(token).when().get("/intake/api/v1/referrals?status=open").then().statusCode(200)
                .body("uri", equalTo("/api/referrals?status=open")).header("API-Version", "1.0.0")
                .header("Deprecation", nullValue()).header("Sunset", nullValue());
    }

    @Test
    void aCreatedRecordsLocationStaysInTheVersion() {
        given().auth().oauth2(token).when().get("/intake/api/v1/created").then().statusCode(201)
                .header("Location", "/intake/api/v1/referrals/42").header("API-Version", "1.0.0");
    }

    @Test
    void theUnversionedPathStillAnswersAndAnnouncesItsSuccessorAndSunset() {
        long deprecated = LocalDate.parse("2026-12-07").atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        given().auth().oauth2(token).when().get("/intake/api/referrals").then().statusCode(200)
                .body("uri", equalTo("/api/referrals")).header("Deprecation", "@" + deprecated)
                .header("Sunset", "Thu, 01 Jul 2027 00:00:00 GMT")
                .header("Link", "</intake/api/v1/referrals>; rel=\"successor-version\"").header("API-Version", "1.0.0");
    }

    @Test
    void aVersionThatDoesNotExistIsNotFound() {
        given().auth().oauth2(token).when().get("/intake/api/v2/referrals").then().statusCode(404)
                .contentType("application/problem+json").header("API-Version", "1.0.0");
    }

    @Test
    void theGatewaysOwnRefusalNamesTheVersionToo() {
        given().accept("application/json").when().get("/intake/api/v1/referrals").then().statusCode(401)
                .contentType("application/problem+json").header("API-Version", "1.0.0");
    }
}
