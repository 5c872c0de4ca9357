package nl.zvh.coveca.inbound;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.zvh.coveca.Tokens;
import nl.zvh.platform.testing.Kafka;
import org.junit.jupiter.api.Test;

/**
 * Consumer contract for CterApproachHandedOver v1 (owned by lifecourse-service; read from its own sample) on the real
 * broker: the CTER team's "ZVH person-oriented approach" opens one radicalisation case under PGA for the house's
 * process directors, however often the hand-over arrives, and the case's opening names the CTER person as its source
 * so the CTER team sees the approach started. The topic's other events (CterOutcomeDecided) open nothing.
 */
@QuarkusTest
class CterHandOverOpensARadicalisationCaseTest {
    static final Path SAMPLE = Path
            .of("../lifecourse-service/src/main/asyncapi/samples/CterApproachHandedOver-v1.json");
    static final Path OUTCOME_SAMPLE = Path
            .of("../lifecourse-service/src/main/asyncapi/samples/CterOutcomeDecided-v1.json");
    static final String SAMPLE_CTER_PERSON = "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f";

    @Test
    void handOverOpensOneRadicalisationCaseUnderPersonOrientedApproach() throws Exception {
        String cterPersonId = UUID.randomUUID().toString();
        Kafka.send("zvh.lifecourse.cter", cterPersonId, sample(SAMPLE, cterPersonId));
        Kafka.send("zvh.lifecourse.cter", cterPersonId, sample(SAMPLE, cterPersonId));

        String staff = Tokens.houseStaffDirector();
        String caseId = OpenedCases.awaitOne(staff, "sourceTrackId", cterPersonId);
        given().auth().oauth2(staff).when().get("/api/cases/" + caseId).then().statusCode(200)
                .body("source", equalTo("CTER")).body("subApproach", equalTo("RADICALISATION"))
                .body("intensity", equalTo("PGA")).body("municipality", equalTo("Bergen op Zoom"))
                .body("persons.fullName", contains(sampleFullName())).body("persons.role", contains("MAIN"));
        given().auth().oauth2(Tokens.policeDirector()).when().get("/api/cases/" + caseId).then().statusCode(404);
        String opened = Kafka.await("zvh.coveca.case", r -> caseId.equals(r.key()));
        assertTrue(opened.contains("\"source\":\"CTER\"") && opened.contains("\"sourceTrackId\":\"" + cterPersonId),
                opened);
    }

    @Test
    void anOutcomeWithoutHandOverOpensNothing() throws Exception {
        String cterPersonId = UUID.randomUUID().toString();
        Kafka.send("zvh.lifecourse.cter", cterPersonId, sample(OUTCOME_SAMPLE, cterPersonId));
        String marker = UUID.randomUUID().toString();
        // same key, same partition: once the marker opened its case, the outcome before it was read
        Kafka.send("zvh.lifecourse.cter", cterPersonId, sample(SAMPLE, marker));

        String staff = Tokens.houseStaffDirector();
        OpenedCases.awaitOne(staff, "sourceTrackId", marker);
        given().auth().oauth2(staff).queryParam("sourceTrackId", cterPersonId).when().get("/api/cases").then()
                .statusCode(200).body("size()", equalTo(0));
    }

    /** The person as the producer's sample names them (first name, prefix, last name). */
    static String sampleFullName() throws Exception {
        JsonNode person = new ObjectMapper().readTree(Files.readString(SAMPLE)).path("payload").path("person");
        return Stream.of("firstName", "surnamePrefix", "lastName").map(person::path).filter(n -> !n.isNull())
                .map(JsonNode::asText).collect(Collectors.joining(" "));
    }

    static String sample(Path file, String cterPersonId) throws Exception {
        String json = Files.readString(file);
        assertTrue(json.contains(SAMPLE_CTER_PERSON));
        return json.replace(SAMPLE_CTER_PERSON, cterPersonId).replaceFirst("\"id\": \"[0-9a-f-]+\"",
                "\"id\": \"" + UUID.randomUUID() + "\"");
    }
}
