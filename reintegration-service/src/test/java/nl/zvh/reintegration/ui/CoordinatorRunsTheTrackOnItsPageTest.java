package nl.zvh.reintegration.ui;

import static io.restassured.RestAssured.given;
import static nl.zvh.reintegration.Actors.COORDINATOR;
import static nl.zvh.reintegration.ui.CoordinatorUsesChecklistInDutchTest.DUTCH;
import static nl.zvh.reintegration.ui.CoordinatorUsesChecklistInDutchTest.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.zvh.platform.testing.Kafka;
import nl.zvh.reintegration.Actors;
import nl.zvh.reintegration.measures.Article18bExchange;
import nl.zvh.reintegration.measures.BijItem;
import nl.zvh.reintegration.measures.IsdOrder;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The coordinator does the whole track on its page, without the API: consent with date and who, a condition with its
 * history, contacts and signals after release, BIJ with the mayor's assessment, an ISD order with a next phase,
 * article 18b request and answer (the risk flag shows), escalation (the CoVeCa case link shows once CoVeCa linked
 * it) and closing with a reason (the track leaves the list). Refused saves keep what was typed and say why in Dutch.
 */
@QuarkusTest
class CoordinatorRunsTheTrackOnItsPageTest {
    static final Path COVECA_SAMPLE = Path
            .of("../coveca-service/src/main/asyncapi/samples/CoveCaCaseOpened-v1-from-escalation.json");

    static ValidatableResponse post(String path, Map<String, String> form) {
        return as(COORDINATOR).contentType(ContentType.URLENC).formParams(form).redirects().follow(false).when()
                .post(path).then();
    }

    @Test
    void everySectionIsRecordedOnScreen() throws Exception {
        String track = Actors.trackOfNewDetention(LocalDate.now().plusDays(12));
        String base = "/ui/tracks/" + track;
        String today = LocalDate.now().toString();
        String todayNl = DUTCH.format(LocalDate.now());

        post(base + "/consent", Map.of("consent", "GIVEN", "date", today)).statusCode(303);
        post(base + "/conditions/HOUSING", Map.of("status", "ACTION_NEEDED", "notes", "Nog geen kamer"))
                .statusCode(303);
        post(base + "/conditions/HOUSING", Map.of("status", "ARRANGED", "responsiblePartner", "Woonkwartier"))
                .statusCode(303);
        post(base + "/aftercare",
                Map.of("kind", "SIGNAL", "occurredOn", today, "partner", "Wijkagent", "summary",
                        "Afspraak bij de reclassering gemist"))
                .statusCode(303).header("Location", endsWith(base + "?saved=aftercare#aftercare-section"));
        post(base + "/bij", Map.of("offenceCategory", "SEXUAL", "mayorNotifiedOn", today)).statusCode(303);
        String bij = QuarkusTransaction.requiringNew()
                .call(() -> BijItem.<BijItem>find("trackId", UUID.fromString(track)).firstResult().id.toString());
        post(base + "/bij/" + bij + "/assessment", Map.of("assessment", "POSSIBLE_UNREST", "assessedOn", today,
                "measures", "Gebiedsverbod rond de school")).statusCode(303);
        post(base + "/isd-orders", Map.of("termStart", today, "termEnd", LocalDate.now().plusYears(2).toString(),
                "phase", "INTRAMURAL", "startsOn", today)).statusCode(303);
        String order = QuarkusTransaction.requiringNew()
                .call(() -> IsdOrder.<IsdOrder>find("trackId", UUID.fromString(track)).firstResult().id.toString());
        post(base + "/isd-orders/" + order + "/phases",
                Map.of("phase", "EXTRAMURAL", "startsOn", LocalDate.now().plusMonths(6).toString())).statusCode(303);
        post(base + "/article18b", Map.of("direction", "MUNICIPALITY_TO_DJI", "requestedOn", today, "question",
                "Is er risico op herhaling bij terugkeer?")).statusCode(303);
        String request = QuarkusTransaction.requiringNew().call(
                () -> Article18bExchange.<Article18bExchange>find("trackId", UUID.fromString(track)).firstResult().id
                        .toString());
        post(base + "/article18b/" + request + "/answer",
                Map.of("answeredOn", today, "answer", "Verhoogd risico volgens DJI")).statusCode(303);
        post(base + "/escalations",
                Map.of("reason", "Geen woonplek en zorg geweigerd", "riskSummary", "Recidiverisico stijgt"))
                .statusCode(303);

        as(COORDINATOR).when().get(base + "?saved=aftercare").then().statusCode(200).body(containsString("Opgeslagen."))
                .body(containsString("Gegeven op " + todayNl)).body(containsString("id=\"history-HOUSING\""))
                .body(containsString("<td>Actie nodig</td>")).body(containsString("<td>Nog geen kamer</td>"))
                .body(containsString("<td>Signaal</td>")).body(containsString("Afspraak bij de reclassering gemist"))
                .body(containsString("<td>Zedendelict</td>")).body(containsString("<td>Mogelijk onrust</td>"))
                .body(containsString("Gebiedsverbod rond de school")).body(containsString("Intramurale fase"))
                .body(containsString("Extramurale fase")).body(containsString("id=\"risk-flag\""))
                .body(containsString("Verhoogd risico volgens DJI")).body(containsString("<td>Opgeschaald</td>"))
                .body(containsString("Nog niet gekoppeld")).body(not(containsString("POSSIBLE_UNREST")))
                .body(not(containsString(">" + today + "<")))
                .body(not(containsString("politie-reintegration-coordinator")));
        as(COORDINATOR).when().get("/ui/bij").then().statusCode(200).body(not(containsString(bij)));

        String caseId = UUID.randomUUID().toString();
        Kafka.send("zvh.coveca.case", caseId,
                Files.readString(COVECA_SAMPLE).replace("2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a", track)
                        .replace("7c8d9e0f-1a2b-4c3d-9e4f-5a6b7c8d9e0f", caseId)
                        .replace("5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b", UUID.randomUUID().toString()));
        // the coordinator reads that the case opened; only the house's process director opens it (no link to a 403)
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(COORDINATOR).when().get(base).then()
                        .body(containsString("Geopend; de procesregisseur van het huis voert de casus"))
                        .body(not(containsString("/coveca/ui/cases/" + caseId))));

        post(base + "/close", Map.of("reason", "COMPLETED", "closedOn", today)).statusCode(303);
        as(COORDINATOR).when().get(base).then().statusCode(200).body(containsString("id=\"closed\""))
                .body(containsString("Dit traject is afgesloten op " + todayNl))
                .body(not(containsString("id=\"close-form\"")));
        as(COORDINATOR).queryParam("q", "123456782").when().get("/ui/tracks").then().statusCode(200)
                .body(not(containsString("data-id=\"" + track + "\"")));
    }

    @Test
    void refusedSectionSavesKeepWhatWasTypedWithTheDutchReason() {
        String track = Actors.trackOfNewDetention(LocalDate.now().plusDays(20));
        String base = "/ui/tracks/" + track;
        post(base + "/bij", Map.of("mayorNotifiedOn", LocalDate.now().plusDays(2).toString())).statusCode(422)
                .body(containsString("id=\"zvh-logout\"")).body(containsString("id=\"bij-offenceCategory-error\""))
                .body(containsString("Maak een keuze."))
                .body(containsString("Deze datum ligt in de toekomst; vul een datum tot en met vandaag in."))
                .body(containsString("<a href=\"#bij-mayorNotifiedOn\">"))
                .body(containsString("value=\"" + LocalDate.now().plusDays(2) + "\""));
        // dates are read strictly: 31 February is refused, not turned into 28 February
        post(base + "/bij", Map.of("offenceCategory", "SEXUAL", "mayorNotifiedOn", "31-2-2026")).statusCode(422)
                .body(containsString("Vul een bestaande datum in, bijvoorbeeld 6-12-2026."))
                .body(containsString("value=\"31-2-2026\""));
        post(base + "/isd-orders",
                Map.of("termStart", "1-1-2026", "termEnd", "1-6-2028", "phase", "INTRAMURAL", "startsOn", "1-1-2026"))
                .statusCode(422)
                .body(containsString("Het einde moet na het begin liggen, en hoogstens twee jaar later."))
                .body(containsString("value=\"1-6-2028\"")).body(not(containsString("at most two years")));
        post(base + "/aftercare",
                Map.of("kind", "CONTACT_MOMENT", "occurredOn", LocalDate.now().toString(), "summary", "x".repeat(2001)))
                .statusCode(422).body(containsString("Gebruik hoogstens 2000 tekens."));
        post(base + "/escalations", Map.of("reason", "Loopt mis")).statusCode(422)
                .body(containsString(">Loopt mis</textarea>")).body(containsString("Vul dit veld in."));
        post(base + "/close", Map.of("reason", "OTHER", "closedOn", LocalDate.now().toString())).statusCode(422)
                .body(containsString("Licht toe waarom het traject wordt afgesloten."));
        given().auth().oauth2(COORDINATOR).header("Accept-Language", "en").when().get(base).then().statusCode(200)
                .body(containsString("<html lang=\"en\"")).body(containsString("Contacts after release"))
                .body(containsString("Escalate to process direction")).body(containsString("Close the track"))
                .body(not(containsString("Contacten na vrijlating")));
        as(Actors.OTHER_HOUSE_COORDINATOR).contentType(ContentType.URLENC)
                .formParams(Map.of("reason", "x", "riskSummary", "y")).when().post(base + "/escalations").then()
                .statusCode(404);
    }
}
