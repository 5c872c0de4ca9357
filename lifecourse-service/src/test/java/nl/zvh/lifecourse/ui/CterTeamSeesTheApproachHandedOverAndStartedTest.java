package nl.zvh.lifecourse.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.zvh.lifecourse.TestInfrastructure;
import nl.zvh.lifecourse.cter.CterPerson;
import nl.zvh.lifecourse.cter.CterPersons;
import nl.zvh.platform.testing.TestTokens;
import nl.zvh.platform.ui.format.UiFormats;
import org.junit.jupiter.api.Test;

/**
 * The outcome "ZVH person-oriented approach" is handed over once: the weighing publishes CterApproachHandedOver, a
 * second weighing with the same outcome does not, and the register's line says "Overgedragen aan procesregie op ...".
 * When CoVeCa opened the case the line says "ZVH-aanpak gestart op ..." (recorded once per case, only for the house's
 * person); another outcome ends the handover, and the approach decided again is handed over again.
 */
@QuarkusTest
class CterTeamSeesTheApproachHandedOverAndStartedTest {
    private static final String HOUSE = "cter-aanpak";
    private static final String TODAY = LocalDate.now(UiFormats.AMSTERDAM).toString();

    private final String member = TestTokens.token("aanpak-cter-member", TestInfrastructure.POLICE, HOUSE,
            "cter-member");

    @Inject
    CterPersons persons;

    @Test
    void approachIsHandedOverOnceAndShownAsStarted() {
        post("/ui/cter/persons", Map.of("firstName", "Abel", "lastName", "Aanpak", "municipality", "Tholen", "source",
                "Politie", "ideology", "RELIGIOUS")).then().statusCode(303);
        String session = post("/ui/cter/sessions", Map.of("sessionDate", TODAY, "attendees", "Politie")).then()
                .statusCode(303).extract().header("Location").replaceAll(".*/ui/cter/sessions/([^?]+).*", "$1");
        String abel = person();
        weigh(session, abel, "PERSON_ORIENTED_APPROACH");
        weigh(session, abel, "PERSON_ORIENTED_APPROACH");
        assertEquals(1, handovers(abel), "a second weighing with the same outcome does not hand over again");

        String handedOver = "Overgedragen aan procesregie op "
                + UiFormats.date(LocalDate.now(UiFormats.AMSTERDAM), Locale.forLanguageTag("nl"));
        page("/ui/cter", "nl").body(containsString(handedOver)).body(not(containsString("ZVH-aanpak gestart")));

        UUID id = UUID.fromString(abel);
        UUID caseId = UUID.randomUUID();
        LocalDate started = LocalDate.of(2026, 12, 4);
        assertFalse(persons.approachStarted("ander-huis", id, caseId, started), "not the other house's person");
        assertTrue(persons.approachStarted(HOUSE, id, caseId, started));
        assertFalse(persons.approachStarted(HOUSE, id, caseId, started), "the same case is recorded once");
        page("/ui/cter", "nl").body(containsString("ZVH-aanpak gestart op 4 december 2026"))
                .body(not(containsString(handedOver)));
        page("/ui/cter", "en").body(containsString("ZVH approach started on 4 December 2026"));
        assertEquals(1, startAudits(abel));

        weigh(session, abel, "NO_ACTION");
        page("/ui/cter", "nl").body(not(containsString("ZVH-aanpak gestart")))
                .body(not(containsString("Overgedragen aan procesregie")));
        assertFalse(persons.approachStarted(HOUSE, id, UUID.randomUUID(), started), "no approach handed over now");
        weigh(session, abel, "PERSON_ORIENTED_APPROACH");
        assertEquals(2, handovers(abel), "decided again after another outcome: handed over again");
    }

    private void weigh(String session, String person, String outcome) {
        post("/ui/cter/sessions/" + session + "/weighings",
                Map.of("cterPersonId", person, "safetyOfficer", "AOV Tholen", "outcome", outcome)).then()
                .statusCode(303);
    }

    private ValidatableResponse page(String path, String language) {
        return given().auth().oauth2(member).header("Accept-Language", language).when().get(path).then()
                .statusCode(200);
    }

    private io.restassured.response.Response post(String path, Map<String, String> fields) {
        RequestSpecification spec = given().auth().oauth2(member).contentType(ContentType.URLENC).redirects()
                .follow(false);
        fields.forEach(spec::formParam);
        return spec.when().post(path);
    }

    private String person() {
        List<Map<String, Object>> all = given().auth().oauth2(member).when().get("/api/cter/persons").then()
                .statusCode(200).extract().jsonPath().getList("$");
        return String.valueOf(all.get(0).get("id"));
    }

    private static long handovers(String cterPersonId) {
        return count("select count(*) from outbox_message where event_type = 'CterApproachHandedOver'"
                + " and aggregate_id = ?1", cterPersonId);
    }

    private static long startAudits(String cterPersonId) {
        return count("select count(*) from audit_log where resource_type = 'cter-person' and resource_id = ?1"
                + " and user_id = 'system:coveca-case-opened'", cterPersonId);
    }

    private static long count(String sql, String id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) CterPerson.getEntityManager()
                .createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue());
    }
}
