package nl.zvh.lifecourse.candidates;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.zvh.lifecourse.Tokens;
import nl.zvh.platform.testing.Kafka;
import org.junit.jupiter.api.Test;

/**
 * The producer side of the contract: LifecourseClientIncluded and CterOutcomeDecided, read from the real broker,
 * have exactly the envelope and payload fields of their documented samples and carry no names; CterApproachHandedOver
 * has the fields of its sample, down to the person it hands over.
 */
@QuarkusTest
class PublishedEventsMatchTheirSamplesTest {
    static final Path SAMPLES = Path.of("src/main/asyncapi/samples");
    final ObjectMapper mapper = new ObjectMapper();

    @Test
    void clientIncludedMatchesItsSample() throws Exception {
        String client = CandidateRequestsForTests.includedClient(Tokens.coordinator(), "Contractnaam");
        String event = Kafka.await("zvh.lifecourse.client", r -> client.equals(r.key()));
        assertFalse(event.contains("Contractnaam"), event);
        assertSameFields("LifecourseClientIncluded", event);
    }

    @Test
    void cterOutcomeMatchesItsSample() throws Exception {
        String cter = Tokens.cterMember();
        String person = given()
                .auth().oauth2(cter).contentType(ContentType.JSON).body(Map.of("municipality", "Roosendaal", "lastName",
                        "Contract", "source", "Gemeente", "ideology", "OTHER"))
                .when().post("/api/cter/persons").then().statusCode(201).extract().path("id");
        String session = given().auth().oauth2(cter).contentType(ContentType.JSON)
                .body(Map.of("date", LocalDate.now().toString(), "attendees", List.of("Politie"))).when()
                .post("/api/cter/sessions").then().statusCode(201).extract().path("id");
        given().auth().oauth2(cter).contentType(ContentType.JSON)
                .body(Map.of("cterPersonId", person, "safetyOfficer", "Veiligheidsadviseur", "outcome", "NO_ACTION"))
                .when().post("/api/cter/sessions/" + session + "/weighings").then().statusCode(200);
        assertSameFields("CterOutcomeDecided", Kafka.await("zvh.lifecourse.cter", r -> person.equals(r.key())));
    }

    @Test
    void cterApproachHandedOverMatchesItsSample() throws Exception {
        String cter = Tokens.cterMember();
        String person = given().auth().oauth2(cter).contentType(ContentType.JSON)
                .body(Map.of("municipality", "Roosendaal", "firstName", "Aanpak", "lastName", "Contract", "source",
                        "Gemeente", "ideology", "OTHER"))
                .when().post("/api/cter/persons").then().statusCode(201).extract().path("id");
        String session = given().auth().oauth2(cter).contentType(ContentType.JSON)
                .body(Map.of("date", LocalDate.now().toString(), "attendees", List.of("Politie"))).when()
                .post("/api/cter/sessions").then().statusCode(201).extract().path("id");
        given().auth().oauth2(cter).contentType(ContentType.JSON)
                .body(Map.of("cterPersonId", person, "safetyOfficer", "Veiligheidsadviseur", "outcome",
                        "PERSON_ORIENTED_APPROACH"))
                .when().post("/api/cter/sessions/" + session + "/weighings").then().statusCode(200);
        String event = Kafka.await("zvh.lifecourse.cter",
                r -> person.equals(r.key()) && r.value().contains("\"CterApproachHandedOver\""));
        assertSameFields("CterApproachHandedOver", event);
        JsonNode published = mapper.readTree(event).get("payload");
        JsonNode sample = mapper.readTree(Files.readString(SAMPLES.resolve("CterApproachHandedOver-v1.json")))
                .get("payload");
        assertEquals(fields(sample.get("person")), fields(published.get("person")), "person");
        assertEquals("Contract", published.get("person").get("lastName").asText());
        assertEquals(person, published.get("cterPersonId").asText());
    }

    private void assertSameFields(String type, String event) throws Exception {
        JsonNode published = mapper.readTree(event);
        JsonNode sample = mapper.readTree(Files.readString(SAMPLES.resolve(type + "-v1.json")));
        assertEquals(type, published.get("type").asText());
        assertEquals(fields(sample), fields(published), type + " envelope");
        assertEquals(fields(sample.get("payload")), fields(published.get("payload")), type + " payload");
        assertEquals(1, published.get("version").asInt());
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
