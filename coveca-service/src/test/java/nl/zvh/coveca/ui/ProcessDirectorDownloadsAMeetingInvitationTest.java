package nl.zvh.coveca.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.zvh.coveca.Tokens;
import nl.zvh.coveca.cases.CaseRequestsForTests;
import org.junit.jupiter.api.Test;

/**
 * The meeting page offers the invitation as a calendar file (ICS) to download: the kind of meeting, its time, place
 * and invited organisations, and no name of a person of the case; outside the caller's scope it is not found.
 */
@QuarkusTest
class ProcessDirectorDownloadsAMeetingInvitationTest {

    @Test
    void invitationIsACalendarFileWithoutPersons() {
        String police = Tokens.thirdPoliceDirector();
        String caseId = CaseRequestsForTests.open(police, "Agendabestand");
        Instant at = Instant.parse("2030-03-04T09:30:00Z");
        String meetingId = given().auth().oauth2(police).contentType(ContentType.JSON)
                .body(Map.of("kind", "NETWORK_MEETING", "scheduledAt", at.toString(), "location",
                        "ZVH, Bergen op Zoom; zaal 2", "participants",
                        List.of(Map.of("organisation", "GGZ Westelijk Noord-Brabant", "name", "M. Verhoeven"))))
                .when().post("/api/cases/" + caseId + "/meetings").then().statusCode(201).extract().path("id");
        String meetingPage = "/ui/cases/" + caseId + "/meetings/" + meetingId;

        given().auth().oauth2(police).when().get(meetingPage).then().statusCode(200)
                .body(containsString("href=\"" + meetingPage + "/invitation.ics\" id=\"invitation-ics\" download>"));
        given().auth().oauth2(police).when().get(meetingPage + "/invitation.ics").then().statusCode(200)
                .contentType(startsWith("text/calendar"))
                .header("Content-Disposition", containsString("overleg-2030-03-04.ics"))
                .body(startsWith("BEGIN:VCALENDAR\r\n")).body(containsString("UID:" + meetingId + "@coveca.zvh"))
                .body(containsString("DTSTART:20300304T093000Z\r\n")).body(containsString("DTEND:20300304T110000Z"))
                .body(containsString("SUMMARY:Ketenberaad (CoVeCa)"))
                .body(containsString("LOCATION:ZVH\\, Bergen op Zoom\\; zaal 2"))
                .body(containsString("DESCRIPTION:GGZ Westelijk Noord-Brabant"))
                .body(not(containsString("Agendabestand"))).body(not(containsString("Verhoeven")));
        given().auth().oauth2(Tokens.housingDirector()).when().get(meetingPage + "/invitation.ics").then()
                .statusCode(404);
    }
}
