package nl.zvh.coveca.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.zvh.coveca.Tokens;
import nl.zvh.coveca.cases.CaseRequestsForTests;
import nl.zvh.platform.testing.TestTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The handover with the pages only, in Dutch: De Markiezaten's process director opens "Overdragen aan ander Zorg- en
 * Veiligheidshuis" from the case page, chooses among the other houses by name (never a code on the page) and a
 * municipality of the chosen house; a form without summary, or with a municipality of another house, comes back
 * (422) with the message at the field and what was typed. Sent, the case page says the handover waits. Haaglanden's
 * process director sees the number of waiting requests in the menu and on the worklist, opens the request, is
 * refused a decline without a reason (422, at the field), and takes the case over: the new case's page opens, and the
 * sender's case page shows the case closed as moved out of the region with Den Haag and the handover taken over.
 */
@QuarkusTest
class ProcessDirectorsHandOverACaseWithTheFormsTest {
    static final Pattern HANDOVER = Pattern.compile("/coveca/ui/handovers/([0-9a-f-]{36})");

    @Test
    void handOverAndTakeOverWithTheForms() {
        String sender = TestTokens.token("markiezaten-process-director", "ZVH De Markiezaten", "markiezaten",
                "process-director");
        String receiver = TestTokens.token("zvhh-process-director", "ZVH Haaglanden", "haaglanden", "process-director");
        String caseId = CaseRequestsForTests.open(sender, "Formverhuizer");
        String casePage = "/ui/cases/" + caseId;

        as(sender).when().get(casePage).then().statusCode(200)
                .body(containsString("href=\"/coveca/ui/cases/" + caseId + "/handover\""));
        String form = as(sender).when().get(casePage + "/handover").then().statusCode(200)
                .body(containsString("Overdragen aan ander Zorg- en Veiligheidshuis")).extract().asString();
        String text = Pages.visibleText(form);
        assertTrue(text.contains("Zorg- en Veiligheidshuis Haaglanden") && text.contains("Den Haag"), text);
        assertFalse(text.contains("haaglanden"), "no house code on the page");
        assertFalse(text.contains("Zorg- en Veiligheidshuis De Markiezaten"), "not the sender's own house");

        String refused = as(sender)
                .formParams(Map.of("receivingHouse", "haaglanden", "receivingMunicipality", "Vlissingen",
                        "withPlanGoals", "true"))
                .when().post(casePage + "/handover").then().statusCode(422).extract().asString();
        assertEquals("Vul dit veld in.", Pages.fieldError(refused, "handoverSummary"));
        assertEquals("Deze gemeente hoort niet bij het gekozen Zorg- en Veiligheidshuis.",
                Pages.fieldError(refused, "receivingMunicipality"));
        assertTrue(refused.indexOf("href=\"#receivingMunicipality\"") < refused.indexOf("href=\"#handoverSummary\""),
                "the error summary lists the fields in the order of the form");
        assertTrue(refused.contains("value=\"haaglanden\" selected"), "the chosen house stays chosen");
        assertTrue(refused.contains("id=\"withPlanGoals\" name=\"withPlanGoals\" value=\"true\" checked"),
                "the chosen parts stay ticked");

        as(sender)
                .formParams(Map.of("receivingHouse", "haaglanden", "receivingMunicipality", "Den Haag",
                        "handoverSummary", "Verhuist naar Den Haag."))
                .when().post(casePage + "/handover").then().statusCode(303)
                .header("Location", endsWith("/coveca/ui/cases/" + caseId + "?saved=handover#handover"));
        as(sender).when().get(casePage).then().statusCode(200)
                .body(containsString("Overdracht aan Zorg- en Veiligheidshuis Haaglanden (gemeente Den Haag) gevraagd"))
                .body(not(containsString("id=\"hand-over\"")));

        Awaitility.await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> as(receiver).when().get("/ui").then().statusCode(200)
                        .body(containsString("id=\"nav-handovers\""))
                        .body(containsString("Verzoeken tot overname die op uw besluit wachten")));
        String list = as(receiver).when().get("/ui/handovers").then().statusCode(200)
                .body(containsString("Piet de Formverhuizer"))
                .body(containsString("Zorg- en Veiligheidshuis De Markiezaten")).extract().asString();
        Matcher m = Pattern.compile("href=\"/coveca/ui/handovers/([0-9a-f-]{36})\">Piet de Formverhuizer")
                .matcher(list);
        assertTrue(m.find(), list);
        String request = "/ui/handovers/" + m.group(1);
        as(receiver).when().get(request).then().statusCode(200).body(containsString("Verhuist naar Den Haag."))
                .body(containsString("Sanne Formverhuizer")).body(containsString("14 februari 2012"))
                .body(containsString("Niet meegestuurd."));
        String noReason = as(receiver).formParams(Map.of("declineReason", " ")).when().post(request + "/refusal").then()
                .statusCode(422).extract().asString();
        assertEquals("Vul dit veld in.", Pages.fieldError(noReason, "declineReason"));

        String newCase = as(receiver).formParams(Map.of()).when().post(request + "/acceptance").then().statusCode(303)
                .extract().header("Location");
        assertTrue(newCase.matches(".*/coveca/ui/cases/[0-9a-f-]{36}\\?saved=handover"), newCase);
        as(receiver).when().get(newCase.replaceFirst(".*/coveca", "")).then().statusCode(200)
                .body(containsString("Overgenomen van een ander Zorg- en Veiligheidshuis"))
                .body(containsString("Piet de Formverhuizer"));

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as(sender).when().get(casePage).then()
                .statusCode(200).body(containsString("Verhuisd buiten de regio (Den Haag)"))
                .body(containsString("Overgedragen aan Zorg- en Veiligheidshuis Haaglanden (gemeente Den Haag)")));
        as(Tokens.zeelandDirector("zeeland-director")).when().get(request).then().statusCode(404);
        given().auth().oauth2(Tokens.analyst()).when().get("/ui/handovers").then().statusCode(403);
        assertTrue(HANDOVER.matcher("/coveca" + request).find());
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).header("X-Forwarded-Prefix", "/coveca").redirects().follow(false);
    }
}
