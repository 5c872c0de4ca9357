package nl.zvh.reintegration.ui;

import static nl.zvh.reintegration.Actors.COORDINATOR;
import static nl.zvh.reintegration.Actors.OTHER_HOUSE_COORDINATOR;
import static nl.zvh.reintegration.ui.CoordinatorUsesChecklistInDutchTest.DUTCH;
import static nl.zvh.reintegration.ui.CoordinatorUsesChecklistInDutchTest.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.UUID;
import nl.zvh.platform.person.PersonIdentity;
import nl.zvh.reintegration.Actors;
import nl.zvh.reintegration.TestInfrastructure;
import nl.zvh.reintegration.track.Track;
import org.junit.jupiter.api.Test;

/**
 * The coordinator's list of all open tracks of the house: a track opened by triage (no release date yet: "Niet
 * bekend") and one DJI opened with a release far beyond the 30 days of the releases worklist are both there; the
 * filters (municipality, status, release date, opened by) and the search (name, date of birth, BSN, prison number)
 * narrow it; another house sees neither.
 */
@QuarkusTest
class CoordinatorFindsEveryOpenTrackInTheListTest {

    @Test
    void triageAndFarReleasesAreListedAndFiltersAndSearchNarrowTheList() {
        String lastName = "Zandvliet" + UUID.randomUUID().toString().substring(0, 6);
        String triage = QuarkusTransaction.requiringNew().call(() -> {
            Track t = Track.fromTriage(TestInfrastructure.HOUSE, "Bergen op Zoom", UUID.randomUUID(),
                    new PersonIdentity(UUID.randomUUID(), "Noor", null, lastName, LocalDate.of(1988, 3, 9), null));
            t.persist();
            return t.id().toString();
        });
        LocalDate farRelease = LocalDate.now().plusDays(90);
        String dji = Actors.trackOfNewDetention(farRelease);

        as(COORDINATOR).when().get("/ui").then().statusCode(200).body(not(containsString("data-id=\"" + dji + "\"")));
        as(COORDINATOR).queryParam("q", lastName).when().get("/ui/tracks").then().statusCode(200)
                .body(containsString("<h1>Lopende trajecten</h1>"))
                .body(containsString("aria-current=\"page\">Trajecten</a>"))
                .body(containsString("data-id=\"" + triage + "\"")).body(containsString(">Noor " + lastName + "</a>"))
                .body(containsString("<td>Niet bekend</td>")).body(containsString("Besluit van het triageoverleg"))
                .body(containsString("Basisvoorwaarden open")).body(not(containsString("data-id=\"" + dji + "\"")))
                .body(not(containsString(">OPEN_CONDITIONS<")));
        as(COORDINATOR).queryParam("releaseFrom", farRelease.toString()).queryParam("releaseTo", farRelease.toString())
                .queryParam("source", "DJI").queryParam("municipality", "Roosendaal")
                .queryParam("status", "OPEN_CONDITIONS").when().get("/ui/tracks").then().statusCode(200)
                .body(containsString("data-id=\"" + dji + "\"")).body(containsString(DUTCH.format(farRelease)))
                .body(containsString("Melding van DJI")).body(not(containsString("data-id=\"" + triage + "\"")))
                .body(containsString("<option value=\"Roosendaal\" selected>Roosendaal</option>"));
        // search by date of birth (as typed in Dutch) and by BSN
        as(COORDINATOR).queryParam("q", "9-3-1988").when().get("/ui/tracks").then().statusCode(200)
                .body(containsString("data-id=\"" + triage + "\""));
        as(COORDINATOR).queryParam("q", "123456782").queryParam("releaseFrom", farRelease.toString()).when()
                .get("/ui/tracks").then().statusCode(200).body(containsString("data-id=\"" + dji + "\""))
                .body(not(containsString("data-id=\"" + triage + "\"")));
        String prisonNumber = QuarkusTransaction.requiringNew()
                .call(() -> Track.<Track>findById(UUID.fromString(dji)).djiPersonNumber());
        as(COORDINATOR).queryParam("q", prisonNumber).when().get("/ui/tracks").then().statusCode(200)
                .body(containsString("data-id=\"" + dji + "\""))
                .body(not(containsString("data-id=\"" + triage + "\"")));
        // a release filter or status leaves out tracks without a release date; a malformed date is said in Dutch
        as(COORDINATOR).queryParam("q", lastName).queryParam("status", "RELEASED").when().get("/ui/tracks").then()
                .statusCode(200).body(not(containsString("data-id=\"" + triage + "\"")))
                .body(containsString("id=\"empty\""));
        as(COORDINATOR).queryParam("releaseFrom", "morgen").queryParam("q", lastName).when().get("/ui/tracks").then()
                .statusCode(200).body(containsString("Vul een bestaande datum in, bijvoorbeeld 6-12-2026."))
                .body(containsString("value=\"morgen\"")).body(containsString("data-id=\"" + triage + "\""));
        as(OTHER_HOUSE_COORDINATOR).queryParam("q", lastName).when().get("/ui/tracks").then().statusCode(200)
                .body(not(containsString("data-id=\"" + triage + "\"")));
        as(Actors.DJI).when().get("/ui/tracks").then().statusCode(403);
    }
}
