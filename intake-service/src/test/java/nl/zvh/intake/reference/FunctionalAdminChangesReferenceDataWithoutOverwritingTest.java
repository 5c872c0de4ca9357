package nl.zvh.intake.reference;

import static io.restassured.RestAssured.given;
import static nl.zvh.intake.TestInfrastructure.HOUSE;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import nl.zvh.intake.ReferralEventsOnKafka;
import nl.zvh.intake.referral.ReferralRequests;
import nl.zvh.platform.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The functional admin renames a municipality with the version it read: the referrals of the municipality follow,
 * MunicipalityChanged v1 (shaped as its AsyncAPI sample) reaches the real broker, and a second save with the old
 * version is a 409 problem that overwrites nothing. Re-adding a partner organisation with another domain is a
 * conflict; a deactivated one is reactivated on its own.
 */
@QuarkusTest
class FunctionalAdminChangesReferenceDataWithoutOverwritingTest {
    private static final Path SAMPLES = Path.of("src/main/asyncapi/samples");

    private final String admin = TestTokens.token("beheerder", "ZVH De Markiezaten", HOUSE, "functional-admin");
    private final String otherAdmin = TestTokens.token("beheerder-zeeland", "ZVH Zeeland", "zeeland",
            "functional-admin");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void aRenameCarriesTheReferralsAlongIsPublishedAndAStaleSaveIsAConflict() throws Exception {
        String name = "Oud-" + UUID.randomUUID().toString().substring(0, 8);
        String id = given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("name", name)).when()
                .post("/api/reference/admin/municipalities").then().statusCode(201).extract()
                .path("municipalities.find { it.name == '" + name + "' }.id");
        String referrer = TestTokens.token("agent", "Politie Zeeland-West-Brabant", HOUSE, "referrer");
        Map<String, Object> body = ReferralRequests.valid();
        body.put("municipality", name);
        String referral = given().auth().oauth2(referrer).contentType(ContentType.JSON).body(body).when()
                .post("/api/referrals").then().statusCode(201).extract().path("id");

        String renamed = "Nieuw-" + name;
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", renamed, "active", true, "version", 0)).when()
                .put("/api/reference/admin/municipalities/" + id).then().statusCode(200).body("name", equalTo(renamed))
                .body("version", equalTo(1));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", "Anders-" + name, "active", true, "version", 0)).when()
                .put("/api/reference/admin/municipalities/" + id).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("someone else"));
        given().auth().oauth2(otherAdmin).contentType(ContentType.JSON)
                .body(Map.of("name", "Overname", "active", true, "version", 1)).when()
                .put("/api/reference/admin/municipalities/" + id).then().statusCode(404);

        given().auth().oauth2(referrer).when().get("/api/referrals/" + referral).then().statusCode(200)
                .body("municipality", equalTo(renamed));
        JsonNode event = ReferralEventsOnKafka.await(bootstrap, ReferenceEvents.TOPIC, id, "MunicipalityChanged",
                e -> e.path("payload").path("version").asInt() == 1);
        assertEquals(renamed, event.path("payload").path("municipality").asText());
        assertEquals(HOUSE, event.path("house").asText());
        assertSameFields(sample("MunicipalityChanged-v1.json"), event);
    }

    @Test
    void reAddingAPartnerWithAnotherDomainIsAConflictAndAnInactiveOneIsReactivated() throws Exception {
        String name = "Zorgpartner " + UUID.randomUUID().toString().substring(0, 8);
        String id = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", name, "domain", "CARE")).when().post("/api/reference/admin/organisations").then()
                .statusCode(201).extract().path("organisations.find { it.name == '" + name + "' }.id");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("name", name, "domain", "HOUSING"))
                .when().post("/api/reference/admin/organisations").then().statusCode(409)
                .body("detail", containsString("CARE"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", name, "domain", "CARE", "active", false, "version", 0)).when()
                .put("/api/reference/admin/organisations/" + id).then().statusCode(200).body("active", equalTo(false));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", name, "domain", "CARE", "active", true, "version", 1)).when()
                .put("/api/reference/admin/organisations/" + id).then().statusCode(200).body("active", equalTo(true))
                .body("domain", equalTo("CARE")).body("version", equalTo(2));

        JsonNode event = ReferralEventsOnKafka.await(bootstrap, ReferenceEvents.TOPIC, id, "PartnerOrganisationChanged",
                e -> e.path("payload").path("version").asInt() == 2);
        assertEquals(true, event.path("payload").path("active").asBoolean());
        assertSameFields(sample("PartnerOrganisationChanged-v1.json"), event);
    }

    private static JsonNode sample(String file) throws Exception {
        return new ObjectMapper().readTree(Files.readString(SAMPLES.resolve(file)));
    }

    private static void assertSameFields(JsonNode sample, JsonNode event) {
        assertEquals(sample.path("type").asText(), event.path("type").asText());
        assertEquals(sample.path("version").asInt(), event.path("version").asInt());
        assertEquals(names(sample.path("payload")), names(event.path("payload")));
    }

    private static TreeSet<String> names(JsonNode node) {
        TreeSet<String> names = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }
}
