package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Through the gateway with real Keycloak tokens: a referral with two system members and a PDF attachment reaches
 * the triage queue; a wrong-type or oversize attachment is refused naming the field; another organisation cannot
 * download the attachment.
 */
@ExtendWith(LocalStack.class)
class ReferralWithAttachmentReachesTriageIT {
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Test
    void referralWithTwoSystemMembersAndAnAttachmentIsOnTheTriageQueue() {
        String referrer = Keycloak.userToken("politie-referrer");
        Map<String, Object> body = Map.of("mainPerson",
                Map.of("firstName", "Karin", "surnamePrefix", "van 't", "lastName", "Hof", "dateOfBirth", "1981-09-17",
                        "bsn", "111222333"),
                "systemMembers",
                List.of(Map.of("relation", "PARTNER", "firstName", "Ahmed", "lastName", "Bouzid", "dateOfBirth",
                        "1979-04-02"),
                        Map.of("relation", "CHILD", "firstName", "Noor", "surnamePrefix", "van 't", "lastName", "Hof",
                                "dateOfBirth", "2014-12-01")),
                "municipality", "Roosendaal", "problemAreas", List.of("DOMESTIC_VIOLENCE", "ADDICTION"), "question",
                "Huiselijk geweld met kinderen in huis; meerdere ketens nodig.", "urgency", "URGENT", "personInformed",
                "NOT_INFORMED_SAFETY", "notInformedReason", "Informing him would endanger the partner");
        String id = given().baseUri(LocalStack.GATEWAY).auth().oauth2(referrer).contentType(ContentType.JSON).body(body)
                .when().post("/intake/api/referrals").then().statusCode(201).body("systemMembers", hasSize(2)).extract()
                .path("id");

        String attachment = given().baseUri(LocalStack.GATEWAY).auth().oauth2(referrer)
                .multiPart("file", "proces-verbaal.pdf", PDF, "application/pdf").when()
                .post("/intake/api/referrals/" + id + "/attachments").then().statusCode(201)
                .body("contentType", equalTo("application/pdf")).extract().path("id");
        given().baseUri(LocalStack.GATEWAY).auth().oauth2(referrer)
                .multiPart("file", "script.pdf", "<script>".getBytes(StandardCharsets.UTF_8), "application/pdf").when()
                .post("/intake/api/referrals/" + id + "/attachments").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("file"));
        given().baseUri(LocalStack.GATEWAY).auth().oauth2(referrer)
                .multiPart("file", "groot.pdf", Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1), "application/pdf").when()
                .post("/intake/api/referrals/" + id + "/attachments").then().statusCode(413)
                .body("errors[0].field", equalTo("file"));

        String chair = Keycloak.userToken("politie-triage-chair");
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> given().baseUri(LocalStack.GATEWAY).auth().oauth2(chair).when()
                        .get("/triage/api/triage/queue").then().statusCode(200).body("referralId", hasItem(id))
                        .body("find { it.referralId == '" + id + "' }.systemMembers", equalTo(2)));

        given().baseUri(LocalStack.GATEWAY).auth().oauth2(chair).when()
                .get("/intake/api/referrals/" + id + "/attachments/" + attachment).then().statusCode(200)
                .contentType("application/pdf").header("X-Content-Type-Options", "nosniff");
        given().baseUri(LocalStack.GATEWAY).auth().oauth2(Keycloak.userToken("woonkwartier-referrer")).when()
                .get("/intake/api/referrals/" + id + "/attachments/" + attachment).then().statusCode(404);
    }
}
