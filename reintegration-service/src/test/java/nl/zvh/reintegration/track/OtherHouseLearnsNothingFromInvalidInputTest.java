package nl.zvh.reintegration.track;

import static io.restassured.RestAssured.given;
import static nl.zvh.reintegration.Actors.COORDINATOR;
import static nl.zvh.reintegration.Actors.OTHER_HOUSE_COORDINATOR;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import nl.zvh.reintegration.Actors;
import org.junit.jupiter.api.Test;

/**
 * Another house's coordinator gets 404 for a track even with input that breaks a business rule (consent without a
 * date, an ISD order ending before it starts): the scope is decided before the input is checked, so a 400 never
 * tells that the track exists. The own house still gets the 400 naming the field.
 */
@QuarkusTest
class OtherHouseLearnsNothingFromInvalidInputTest {
    static final LocalDate TODAY = LocalDate.now();

    @Test
    void consentAndIsdOrderWithInvalidInputAre404ForAnotherHouse() {
        String track = Actors.trackOfNewDetention(TODAY.plusDays(30));
        Map<String, Object> consentWithoutDate = Map.of("consent", "GIVEN");
        Map<String, Object> backwardsOrder = Map.of("termStart", TODAY.toString(), "termEnd",
                TODAY.minusDays(1).toString());

        put(OTHER_HOUSE_COORDINATOR, track + "/consent", consentWithoutDate).then().statusCode(404);
        post(OTHER_HOUSE_COORDINATOR, track + "/isd-orders", backwardsOrder).then().statusCode(404);

        put(COORDINATOR, track + "/consent", consentWithoutDate).then().statusCode(400).body("errors[0].field",
                equalTo("date"));
        post(COORDINATOR, track + "/isd-orders", backwardsOrder).then().statusCode(400).body("errors[0].field",
                equalTo("termEnd"));
    }

    private static io.restassured.response.Response put(String token, String path, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().put("/api/tracks/" + path);
    }

    private static io.restassured.response.Response post(String token, String path, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/api/tracks/" + path);
    }
}
