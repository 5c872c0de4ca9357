package nl.zvh.lifecourse.home;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import nl.zvh.platform.testing.ServiceBootsOnRealInfrastructure;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** The service runs on the spine, and its start page is open only to its programme's roles. */
@QuarkusTest
class ServiceBootsOnRealInfrastructureTest extends ServiceBootsOnRealInfrastructure {

    @Override
    protected String protectedPath() {
        return "/ui";
    }

    @Test
    void programmePageNeedsTheProgrammeRole() {
        given().auth().oauth2(TestTokens.token("analist", "ZVH De Markiezaten", "markiezaten", "analyst")).when()
                .get("/ui").then().statusCode(403);
        given().auth()
                .oauth2(TestTokens.token("coordinator", "ZVH De Markiezaten", "markiezaten", "lifecourse-coordinator"))
                .when().get("/ui").then().statusCode(200).body(containsString("Levensloopaanpak en CTER"));
    }
}
