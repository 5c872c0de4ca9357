package nl.zvh.triage.session;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.zvh.platform.testing.TestTokens;
import nl.zvh.triage.IntakeSamples;
import nl.zvh.triage.PublishedEvents;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The chair moves referrals one by one onto an extra session: each move is audited for the moved referral's persons
 * only. The referrals already on that agenda were moved past, not read, so a person's "who looked at my data" does not
 * fill with a read for every referral the chair moved afterwards. Opening the agenda reads each of them once.
 */
@QuarkusTest
class MovingAReferralReadsNoneOfTheOthersOnTheAgendaTest {
    static final String PRIVACY_OFFICER = TestTokens.token("fg", "ZVH De Markiezaten", "markiezaten",
            "privacy-officer");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void movingThreeReferralsLeavesTheFirstWithOneAgendaEntry() throws Exception {
        String chair = SubmittedReferralLandsOnTheNextSessionAgendaTest.CHAIR;
        String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        String extra = given().auth().oauth2(chair).contentType(ContentType.JSON)
                .body(Map.of("date", today, "time", "23:59", "reason", "extra zitting")).when()
                .post("/api/triage/sessions").then().statusCode(201).extract().path("sessionId");
        String first = null;
        for (int i = 0; i < 3; i++) {
            String referralId = UUID.randomUUID().toString();
            IntakeSamples.send(bootstrap, referralId, IntakeSamples.submitted(referralId, Instant.now()));
            PublishedEvents.await(bootstrap, "zvh.triage.decision", 1,
                    PublishedEvents.ofType("ReferralScheduled", referralId));
            given().auth().oauth2(chair).contentType(ContentType.JSON).body(Map.of("referralId", referralId)).when()
                    .post("/api/triage/sessions/" + extra + "/items").then().statusCode(200).body("agenda", hasSize(1))
                    .body("agenda[0].referralId", equalTo(referralId)).body("itemCount", equalTo(i + 1));
            first = first == null ? referralId : first;
        }
        assertEquals(List.of(), agendaReads(first), "moving the others past the first read none of its persons");

        given().auth().oauth2(chair).when().get("/api/triage/sessions/" + extra).then().statusCode(200).body("agenda",
                hasSize(3));
        List<String> read = agendaReads(first);
        assertEquals(2, read.size(), "opening the agenda reads the first referral's two persons");
        assertEquals(Set.copyOf(read).size(), read.size(), "once each: " + read);
    }

    private List<String> agendaReads(String referralId) {
        return given().auth().oauth2(PRIVACY_OFFICER).queryParam("resourceId", referralId).queryParam("action", "READ")
                .when().get("/api/audit").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.purpose == 'triage-agenda' }.personRef");
    }
}
