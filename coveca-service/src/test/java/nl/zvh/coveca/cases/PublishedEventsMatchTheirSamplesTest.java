package nl.zvh.coveca.cases;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.zvh.coveca.Tokens;
import nl.zvh.platform.testing.Kafka;
import org.junit.jupiter.api.Test;

/**
 * The producer side of the contract: each event coveca publishes (opened, meeting held, agreement overdue, closed)
 * has exactly the envelope and payload fields of its documented sample in src/main/asyncapi/samples.
 */
@QuarkusTest
class PublishedEventsMatchTheirSamplesTest {
    static final Path SAMPLES = Path.of("src/main/asyncapi/samples");
    final ObjectMapper mapper = new ObjectMapper();

    @Test
    void everyPublishedEventHasTheFieldsOfItsSample() throws Exception {
        String police = Tokens.policeDirector();
        String caseId = CaseRequestsForTests.open(police, "Contract");
        String meetingId = given().auth().oauth2(police).contentType(ContentType.JSON)
                .body(Map.of("kind", "NETWORK_MEETING", "scheduledAt", Instant.now().minusSeconds(60).toString(),
                        "online", true))
                .when().post("/api/cases/" + caseId + "/meetings").then().statusCode(201).extract().path("id");
        given().auth().oauth2(police).contentType(ContentType.JSON)
                .body(Map.of("minutes", "Besproken", "clientPresent", true)).when()
                .put("/api/cases/" + caseId + "/meetings/" + meetingId + "/minutes").then().statusCode(200);
        given().auth().oauth2(police).contentType(ContentType.JSON)
                .body(Map.of("description", "Te laat", "ownerOrganisation", "Woonkwartier", "dueDate",
                        LocalDate.now().minusDays(1).toString()))
                .when().post("/api/cases/" + caseId + "/plan/agreements").then().statusCode(200);
        given().auth().oauth2(Tokens.functionalAdmin()).when().post("/api/admin/jobs/overdue-agreements").then()
                .statusCode(200);
        given().auth().oauth2(police).contentType(ContentType.JSON).body(Map.of("reason", "DETAINED")).when()
                .post("/api/cases/" + caseId + "/closure").then().statusCode(200);

        for (String type : new String[]{"CoveCaCaseOpened", "NetworkMeetingHeld", "AgreementOverdue",
                "CoveCaCaseClosed"}) {
            JsonNode published = mapper.readTree(Kafka.await("zvh.coveca.case",
                    r -> caseId.equals(r.key()) && r.value().contains("\"type\":\"" + type + "\"")));
            JsonNode sample = mapper.readTree(Files.readString(SAMPLES.resolve(type + "-v1.json")));
            assertEquals(fields(sample), fields(published), type + " envelope");
            assertEquals(fields(sample.get("payload")), fields(published.get("payload")), type + " payload");
            assertEquals(1, published.get("version").asInt());
        }
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
