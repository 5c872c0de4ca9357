package nl.zvh.coveca.subject;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import nl.zvh.coveca.Tokens;
import nl.zvh.coveca.cases.CaseRequestsForTests;
import org.junit.jupiter.api.Test;

/**
 * Issue 23, attack 2: a data-subject export held CoVeCa minutes about others. Now a person's export says that the
 * network met (kind, when, held) but withholds the agenda and minutes, which are about the whole network around the
 * case, and lists them for the privacy officer with the ground.
 */
@QuarkusTest
class AChildsExportHoldsNoMinutesAboutOthersTest {

    @Test
    void theMeetingIsThereItsMinutesAreWithheldAndListed() {
        String police = Tokens.policeDirector();
        String caseId = CaseRequestsForTests.open(police, "Notulen");
        String meetingId = given().auth().oauth2(police).contentType(ContentType.JSON)
                .body(Map.of("kind", "NETWORK_MEETING", "scheduledAt",
                        Instant.now().minus(1, ChronoUnit.HOURS).toString(), "location", "ZVH De Markiezaten", "agenda",
                        "1. Vader: schulden en drankgebruik", "participants",
                        List.of(Map.of("organisation", "Politie Zeeland-West-Brabant"))))
                .when().post("/api/cases/" + caseId + "/meetings").then().statusCode(201).extract().path("id");
        given().auth().oauth2(police).contentType(ContentType.JSON)
                .body(Map.of("minutes", "Vader drinkt weer; moeder overweegt te vertrekken.", "clientPresent", false,
                        "participants",
                        List.of(Map.of("organisation", "Politie Zeeland-West-Brabant", "attended", true)), "decisions",
                        List.of("Verslavingszorg benaderen")))
                .when().put("/api/cases/" + caseId + "/meetings/" + meetingId + "/minutes").then().statusCode(200);
        String child = given().auth().oauth2(police).when().get("/api/cases/" + caseId).then().statusCode(200).extract()
                .path("persons.find { it.role != 'MAIN' }.personId");

        given().auth().oauth2(Tokens.privacyOfficer()).queryParam("personId", child).when().get("/api/subject").then()
                .statusCode(200).body("records.size()", equalTo(1)).body("records[0].firstName", equalTo("Sanne"))
                .body("records[0].meetings[0].status", equalTo("HELD"))
                .body("records[0].meetings[0].minutes", nullValue()).body("records[0].meetings[0].agenda", nullValue())
                .body("records[0].meetings[0].withheld.item", hasItem("meeting-minutes"))
                .body("records[0].meetings[0].withheld[0].ground", equalTo("OTHERS_RIGHTS"))
                .body(not(containsString("drinkt weer"))).body(not(containsString("drankgebruik")));
    }
}
