package nl.zvh.trafficking.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import nl.zvh.platform.testing.ServiceBootsOnRealInfrastructure;
import nl.zvh.trafficking.Actors;
import org.junit.jupiter.api.Test;

/** The service runs on the spine, and its pages are open only to the house's trafficking coordinators. */
@QuarkusTest
class ServiceBootsOnRealInfrastructureTest extends ServiceBootsOnRealInfrastructure {

    @Override
    protected String protectedPath() {
        return "/ui";
    }

    @Test
    void programmePagesNeedTheCoordinatorRole() {
        given().auth().oauth2(Actors.ANALYST).when().get("/ui").then().statusCode(403);
        given().auth().oauth2(Actors.POLICE_SYSTEM).when().get("/ui").then().statusCode(403);
        given().auth().oauth2(Actors.COORDINATOR).when().get("/ui").then().statusCode(200)
                .body(containsString("Mensenhandel"));
    }
}
