package nl.zvh.intake.matching;

import static io.restassured.RestAssured.given;
import static nl.zvh.intake.TestInfrastructure.HOUSE;
import static nl.zvh.intake.TestInfrastructure.HOUSING;
import static nl.zvh.intake.TestInfrastructure.POLICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.zvh.intake.ReferralEventsOnKafka;
import nl.zvh.platform.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Same-person detection on submit: a person already known in the house (in another organisation's referral) is
 * flagged in ReferralSubmitted for triage with score and reason, stored, and never merged or shown to the referrer.
 */
@QuarkusTest
class PossibleSamePersonIsFlaggedForTriageTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    EntityManager em;

    private final String police = TestTokens.token("agent-match", POLICE, HOUSE, "referrer");
    private final String housing = TestTokens.token("consulent-match", HOUSING, HOUSE, "referrer");
    private final String otherHouse = TestTokens.token("agent-drenthe", "Politie Drenthe", "drenthe", "referrer");

    @Test
    void knownPersonsAreFlaggedByNameAndDateOfBirthOrByBsn() {
        Random random = new Random();
        LocalDate dob = LocalDate.of(1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28));
        LocalDate partnerDob = dob.plusDays(400);
        String bsn = ReferralEventsOnKafka.randomBsn();

        JsonPath first = submit(police, "Police first", person("Jan", "van der", "Berg", dob, bsn),
                List.of(member("PARTNER", "Fatima", null, "El Amrani", partnerDob)));
        JsonNode firstEvent = ReferralEventsOnKafka.await(bootstrap, first.getString("id"), "ReferralSubmitted");
        assertEquals(0, firstEvent.path("payload").path("possibleMatches").size(), "nobody known yet");
        // the same persons in another house are not known in this one
        submit(otherHouse, "Elsewhere", person("Jan", "van der", "Berg", dob, bsn), List.of());

        JsonPath second = submit(housing, "Housing later", person("Jan", null, "Vanderberg", dob, null),
                List.of(member("PARTNER", "Fatima", null, "el Amrani", partnerDob),
                        member("CHILD", "Sem", null, "Vanderberg", dob.plusYears(25))));
        JsonNode matches = ReferralEventsOnKafka.await(bootstrap, second.getString("id"), "ReferralSubmitted")
                .path("payload").path("possibleMatches");
        assertEquals(2, matches.size(), matches.toString());
        JsonNode main = find(matches, second.getString("mainPerson.id"));
        assertEquals(first.getString("mainPerson.id"), main.path("matchedPersonId").asText());
        assertEquals(first.getString("id"), main.path("matchedReferralId").asText());
        assertEquals("NAME_AND_DATE_OF_BIRTH", main.path("reason").asText());
        assertTrue(main.path("score").asDouble() >= 0.88 && main.path("score").asDouble() < 1.0, main.toString());
        JsonNode partner = find(matches, second.getString("systemMembers[0].id"));
        assertEquals(first.getString("systemMembers[0].id"), partner.path("matchedPersonId").asText());

        JsonPath third = submit(police, "Same BSN", person("Johannes", null, "Berg", dob.plusDays(1), bsn), List.of());
        JsonNode byBsn = ReferralEventsOnKafka.await(bootstrap, third.getString("id"), "ReferralSubmitted")
                .path("payload").path("possibleMatches");
        assertEquals(1, byBsn.size(), byBsn.toString());
        assertEquals("BSN", byBsn.get(0).path("reason").asText());
        assertEquals(1.0, byBsn.get(0).path("score").asDouble());
        assertEquals(first.getString("mainPerson.id"), byBsn.get(0).path("matchedPersonId").asText());

        assertEquals(2,
                ((Number) em.createNativeQuery("select count(*) from possible_match where referral_id = ?1")
                        .setParameter(1, java.util.UUID.fromString(second.getString("id"))).getSingleResult())
                        .intValue());
        given().auth().oauth2(housing).when().get("/api/referrals/" + second.getString("id")).then().statusCode(200)
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(first.getString("id"))));
    }

    private static JsonNode find(JsonNode matches, String personId) {
        for (JsonNode m : matches) {
            if (personId.equals(m.path("personId").asText())) {
                return m;
            }
        }
        throw new AssertionError("no match for " + personId + " in " + matches);
    }

    private JsonPath submit(String token, String question, Map<String, Object> main,
            List<Map<String, Object>> members) {
        Map<String, Object> body = new HashMap<>();
        body.put("mainPerson", main);
        body.put("systemMembers", members);
        body.put("municipality", token.equals(otherHouse) ? "Assen" : "Roosendaal");
        body.put("problemAreas", List.of("DEBTS"));
        body.put("question", question);
        body.put("urgency", "NORMAL");
        body.put("personInformed", "INFORMED");
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/api/referrals")
                .then().statusCode(201).extract().jsonPath();
    }

    private static Map<String, Object> person(String first, String prefix, String last, LocalDate dob, String bsn) {
        Map<String, Object> p = new HashMap<>();
        p.put("firstName", first);
        p.put("surnamePrefix", prefix);
        p.put("lastName", last);
        p.put("dateOfBirth", dob.toString());
        p.put("bsn", bsn);
        return p;
    }

    private static Map<String, Object> member(String relation, String first, String prefix, String last,
            LocalDate dob) {
        Map<String, Object> m = new HashMap<>(person(first, prefix, last, dob, null));
        m.put("relation", relation);
        return new HashMap<>(m);
    }
}
