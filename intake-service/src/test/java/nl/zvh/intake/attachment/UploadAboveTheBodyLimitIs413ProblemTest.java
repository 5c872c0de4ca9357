package nl.zvh.intake.attachment;

import static io.restassured.RestAssured.given;
import static nl.zvh.intake.TestInfrastructure.HOUSE;
import static nl.zvh.intake.TestInfrastructure.POLICE;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * An upload larger than the service accepts at all (quarkus.http.limits.max-body-size, 12 MiB) is refused before it
 * is read, as a 413 problem naming the limit (platform-commons BodySizeLimit) rather than Quarkus' bare 413.
 */
@QuarkusTest
class UploadAboveTheBodyLimitIs413ProblemTest {

    @Test
    void oversizedMultipartUploadIs413ProblemNamingTheLimit() {
        byte[] big = new byte[13 * 1024 * 1024];
        given().auth().oauth2(TestTokens.token("agent-groot", POLICE, HOUSE, "referrer"))
                .multiPart("file", "groot.pdf", big, "application/pdf")
                .when().post("/api/referrals/" + UUID.randomUUID() + "/attachments")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("detail", containsString("at most 12 MiB"));
    }
}
