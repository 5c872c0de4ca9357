package nl.zvh.triage.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The tables' pages as the gateway serves them (X-Forwarded-Prefix /triage), in Dutch: the house's process director
 * lands on the tables (not on the triage queue, which is not theirs), sets up an I28 table (a refused form says at
 * the field what is missing and keeps what was typed), adds a report, loads the week's file (a bad row names its row
 * and column, in Dutch, and nothing loads), plans a meeting, puts the report on the agenda and decides (no decision
 * chosen: refused at the field); the decision reads as words. A member of another organisation gets no such page.
 */
@QuarkusTest
class HouseRunsItsTablesOnScreenTest {
    static final String HOUSE = "markiezaten";
    private final String staff = TestTokens.token("secretaris-scherm", "ZVH De Markiezaten", HOUSE, "process-director");
    private final String outsider = TestTokens.token("woon-scherm", "Woonkwartier", HOUSE, "triage-member");

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).header("X-Forwarded-Prefix", "/triage").redirects().follow(false);
    }

    private static RequestSpecification form(String token) {
        return as(token).contentType("application/x-www-form-urlencoded");
    }

    @Test
    void aTableIsSetUpFedAndDecidedOnScreen() {
        as(staff).get("/ui/").then().statusCode(303).header("Location", equalTo("/triage/ui/tables"));
        as(staff).get("/ui/tables").then().statusCode(200).body(containsString("<html lang=\"nl\">"))
                .body(containsString("Overleggen van het huis")).body(containsString("id=\"new-table\""))
                .body(not(containsString(">Wachtrij<")));

        String name = "I28 scherm " + System.nanoTime();
        form(staff).formParam("kind", "I28").formParam("name", name).post("/ui/tables").then().statusCode(422)
                .body(containsString("id=\"error-summary\"")).body(containsString("id=\"chairOrganisation-error\""))
                .body(containsString("Vul dit in.")).body(containsString("value=\"" + name + "\""));
        form(staff).formParam("kind", "I28").formParam("name", name)
                .formParam("chairOrganisation", "ZVH De Markiezaten")
                .formParam("members", "Politie Zeeland-West-Brabant\nGGD West-Brabant").post("/ui/tables").then()
                .statusCode(303).header("Location", equalTo("/triage/ui/tables?saved=created"));
        String overview = as(staff).get("/ui/tables?saved=created").then().statusCode(200)
                .body(containsString("Het overleg is ingesteld.")).body(containsString("Overleg verward gedrag (I28)"))
                .body(containsString("Wekelijks")).extract().asString();
        String table = overview.replaceAll("(?s).*href=\"/triage/ui/tables/([0-9a-f-]{36})\">" + name + "<.*", "$1");

        form(staff).formParam("externalRef", "PL-scherm-1").formParam("municipality", "Tholen")
                .post("/ui/tables/" + table + "/items").then().statusCode(422)
                .body(containsString("id=\"summary-error\"")).body(containsString("value=\"PL-scherm-1\""));
        form(staff).formParam("externalRef", "PL-scherm-1").formParam("municipality", "Tholen")
                .formParam("summary", "Verwarde man bij het station").post("/ui/tables/" + table + "/items").then()
                .statusCode(303);
        as(staff).contentType("multipart/form-data")
                .multiPart("file", "week.csv",
                        "registratienummer;datum;gemeente;samenvatting\nPL-scherm-2;2026-12-01;Tholen;\n"
                                .getBytes(StandardCharsets.UTF_8),
                        "text/csv")
                .post("/ui/tables/" + table + "/upload").then().statusCode(422)
                .body(containsString("Regel 2, samenvatting: Vul dit in."));

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        String meeting = form(staff).formParam("date", today.toString()).formParam("startsAt", "10:00")
                .post("/ui/tables/" + table + "/meetings").then().statusCode(303)
                .header("Location",
                        matchesPattern("/triage/ui/tables/" + table + "/meetings/[0-9a-f-]{36}\\?saved=planned"))
                .extract().header("Location").replaceAll(".*/meetings/([0-9a-f-]{36}).*", "$1");
        String page = as(staff).get("/ui/tables/" + table + "/meetings/" + meeting).then().statusCode(200)
                .body(containsString("id=\"agenda-form\"")).extract().asString();
        String item = page.replaceAll("(?s).*name=\"itemIds\" value=\"([0-9a-f-]{36})\".*", "$1");
        form(staff).formParam("itemIds", item).post("/ui/tables/" + table + "/meetings/" + meeting + "/agenda").then()
                .statusCode(303);
        form(staff).formParam("itemId", item).post("/ui/tables/" + table + "/meetings/" + meeting + "/decisions").then()
                .statusCode(422).body(containsString("id=\"outcome-" + item + "-error\""))
                .body(containsString("href=\"#outcome-" + item + "\""));
        form(staff).formParam("itemId", item).formParam("outcome", "WVGGZ_REPORT")
                .formParam("agreements", "Gemeente Tholen start verkennend onderzoek")
                .post("/ui/tables/" + table + "/meetings/" + meeting + "/decisions").then().statusCode(303);
        as(staff).get("/ui/tables/" + table + "/meetings/" + meeting).then().statusCode(200)
                .body(containsString("Melding Wvggz (verkennend onderzoek gemeente)"))
                .body(not(containsString("WVGGZ_REPORT<")));
        as(staff).get("/ui/tables/" + table).then().statusCode(200)
                .body(containsString("Verkennende onderzoeken Wvggz")).body(containsString("Loopt"));

        as(outsider).get("/ui/tables/" + table).then().statusCode(404);
        as(outsider).get("/ui/tables").then().statusCode(200).body(not(containsString(name)));
    }
}
