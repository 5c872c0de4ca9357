package nl.zvh.lifecourse.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import nl.zvh.lifecourse.TestInfrastructure;
import nl.zvh.lifecourse.Tokens;
import nl.zvh.lifecourse.candidates.CandidateRequestsForTests;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 23, attack 3: a partner organisation's privacy officer is not house-wide. The housing corporation's privacy
 * officer finds the reads of its own coordinator, but nothing the police's users did, not even when asking for a
 * police user by name; the police's privacy officer likewise only the police's part. The house's own privacy officer
 * (ZVH De Markiezaten, the house's staff organisation) sees both. Break-glass grants: each partner's officer only
 * those its own users took, the house's officer all of them. Where the service knows whose a record is (here: a
 * client concerns its case manager's organisation, {@link nl.zvh.lifecourse.clients.ClientOwner}), that
 * organisation's officer also sees what others did with it.
 */
@QuarkusTest
class PartnerPrivacyOfficerSeesOnlyItsOwnOrganisationTest {
    static final String HOUSE_STAFF = "ZVH De Markiezaten";
    static final String GGZ = "GGZ Westelijk Noord-Brabant";

    @Inject
    EntityManager em;

    final String policeOfficer = officer("politie-privacy-officer", TestInfrastructure.POLICE);
    final String housingOfficer = officer("woonkwartier-privacy-officer", TestInfrastructure.HOUSING);
    final String houseOfficer = officer("markiezaten-privacy-officer", HOUSE_STAFF);

    @Test
    void eachPartnersOfficerFindsOnlyWhatItsOwnUsersDid() {
        String client = CandidateRequestsForTests.includedClient(Tokens.coordinator(), "Scope");
        String housingCoordinator = TestTokens.token("woonkwartier-lifecourse-coordinator", TestInfrastructure.HOUSING,
                TestInfrastructure.HOUSE, "lifecourse-coordinator");
        given().auth().oauth2(housingCoordinator).when().get("/api/clients/" + client).then().statusCode(200);

        given().auth().oauth2(housingOfficer).queryParam("resourceId", client).when().get("/api/audit").then()
                .statusCode(200).body("organisation", everyItem(equalTo(TestInfrastructure.HOUSING)))
                .body("userName", hasItem("woonkwartier-lifecourse-coordinator"));
        given().auth().oauth2(housingOfficer).queryParam("user", "politie-lifecourse-coordinator").when()
                .get("/api/audit").then().statusCode(200).body("$", empty());

        given().auth().oauth2(policeOfficer).queryParam("resourceId", client).when().get("/api/audit").then()
                .statusCode(200).body("organisation", everyItem(equalTo(TestInfrastructure.POLICE)))
                .body("userName", hasItem("politie-lifecourse-coordinator"))
                .body("userName", not(hasItem("woonkwartier-lifecourse-coordinator")));

        given().auth().oauth2(houseOfficer).queryParam("resourceId", client).when().get("/api/audit").then()
                .statusCode(200).body("organisation", hasItems(TestInfrastructure.POLICE, TestInfrastructure.HOUSING));
        given().auth().oauth2(houseOfficer).queryParam("user", "politie-lifecourse-coordinator").when()
                .get("/api/audit").then().statusCode(200).body("resourceId", hasItem(client));
    }

    @Test
    void anOrganisationsOfficerAlsoSeesWhatOthersDidWithItsOwnRecords() {
        String coordinator = Tokens.coordinator();
        String own = CandidateRequestsForTests.includedClient(coordinator, "Toegewezen");
        String other = CandidateRequestsForTests.includedClient(coordinator, "Elders");
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("organisation", GGZ, "username", "ggz-lifecourse-case-manager")).when()
                .post("/api/clients/" + own + "/case-managers").then().statusCode(200);
        given().auth().oauth2(coordinator).when().get("/api/clients/" + own).then().statusCode(200);
        given().auth().oauth2(coordinator).when().get("/api/clients/" + other).then().statusCode(200);

        String ggzOfficer = officer("ggz-privacy-officer", GGZ);
        given().auth().oauth2(ggzOfficer).queryParam("resourceId", own).when().get("/api/audit").then().statusCode(200)
                .body("userName", hasItem("politie-lifecourse-coordinator")).body("action", hasItem("READ"));
        given().auth().oauth2(ggzOfficer).queryParam("resourceId", other).when().get("/api/audit").then()
                .statusCode(200).body("$", empty());
    }

    @Test
    void eachPartnersOfficerListsOnlyTheGrantsItsOwnUsersTook() {
        String policeGrant = grant("politie-lifecourse-coordinator", TestInfrastructure.POLICE);
        String housingGrant = grant("woonkwartier-lifecourse-coordinator", TestInfrastructure.HOUSING);

        given().auth().oauth2(housingOfficer).when().get("/api/break-glass").then().statusCode(200)
                .body("id", hasItem(housingGrant)).body("id", not(hasItem(policeGrant)))
                .body("organisation", everyItem(equalTo(TestInfrastructure.HOUSING)));
        given().auth().oauth2(policeOfficer).when().get("/api/break-glass").then().statusCode(200)
                .body("id", hasItem(policeGrant)).body("id", not(hasItem(housingGrant)));
        given().auth().oauth2(houseOfficer).when().get("/api/break-glass").then().statusCode(200).body("id",
                hasItems(policeGrant, housingGrant));
    }

    @Test
    void onlyTheHousesOwnOfficerExportsAPersonsData() {
        given().auth().oauth2(housingOfficer).queryParam("personId", UUID.randomUUID().toString()).when()
                .get("/api/subject").then().statusCode(403);
        given().auth().oauth2(policeOfficer).queryParam("personId", UUID.randomUUID().toString()).when()
                .get("/api/subject").then().statusCode(403);
        given().auth().oauth2(houseOfficer).queryParam("personId", UUID.randomUUID().toString()).when()
                .get("/api/subject").then().statusCode(200).body("records", empty());
    }

    /** A grant as a user of this organisation took it (the request itself is covered by the break-glass tests). */
    private String grant(String user, String organisation) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                        insert into break_glass_grant (id, resource_type, resource_id, person_refs, user_id, user_name,
                            organisation, house, roles, reason, granted_at, expires_at)
                        values (?1, 'lifecourse-candidate', ?2, '', ?3, ?3, ?4, ?5, 'lifecourse-coordinator',
                            'Crisis in de nacht, eigen casemanager niet bereikbaar', ?6, ?7)""").setParameter(1, id)
                        .setParameter(2, UUID.randomUUID().toString()).setParameter(3, user)
                        .setParameter(4, organisation).setParameter(5, TestInfrastructure.HOUSE).setParameter(6, now)
                        .setParameter(7, now.plusHours(4)).executeUpdate());
        return id.toString();
    }

    private static String officer(String username, String organisation) {
        return TestTokens.token(username, organisation, TestInfrastructure.HOUSE, "privacy-officer");
    }
}
