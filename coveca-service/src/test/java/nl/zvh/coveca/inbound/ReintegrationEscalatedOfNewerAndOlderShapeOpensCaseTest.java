package nl.zvh.coveca.inbound;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import nl.zvh.coveca.Tokens;
import nl.zvh.platform.testing.EventEvolution;
import nl.zvh.platform.testing.Kafka;
import org.junit.jupiter.api.Test;

/**
 * Schema evolution on the real broker: reintegration's ReintegrationEscalated sample with fields CoVeCa does not know
 * yet, and without the person's optional BSN and surname prefix (as for a person without them), both open a case.
 */
@QuarkusTest
class ReintegrationEscalatedOfNewerAndOlderShapeOpensCaseTest {

    @Test
    void escalationWithUnknownAddedFieldsOpensACase() throws Exception {
        String trackId = UUID.randomUUID().toString();
        Kafka.send("zvh.reintegration.track", trackId,
                EventEvolution.withAddedUnknownFields(ReintegrationEscalationOpensCaseTest.sample(trackId)));
        assertCaseFor(trackId, "Kees de Wit");
    }

    @Test
    void escalationWithoutOptionalPersonFieldsOpensACase() throws Exception {
        String trackId = UUID.randomUUID().toString();
        Kafka.send("zvh.reintegration.track", trackId, EventEvolution
                .withoutFields(ReintegrationEscalationOpensCaseTest.sample(trackId), "bsn", "surnamePrefix"));
        assertCaseFor(trackId, "Kees Wit");
    }

    private static void assertCaseFor(String trackId, String fullName) {
        String staff = Tokens.houseStaffDirector();
        String caseId = OpenedCases.awaitOne(staff, "sourceTrackId", trackId);
        given().auth().oauth2(staff).when().get("/api/cases/" + caseId).then().statusCode(200).body("persons.fullName",
                contains(fullName));
    }
}
