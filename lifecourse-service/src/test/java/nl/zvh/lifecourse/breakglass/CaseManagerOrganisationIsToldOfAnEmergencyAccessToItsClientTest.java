package nl.zvh.lifecourse.breakglass;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import nl.zvh.lifecourse.TestInfrastructure;
import nl.zvh.lifecourse.Tokens;
import nl.zvh.lifecourse.candidates.CandidateRequestsForTests;
import nl.zvh.lifecourse.clients.ClientBreakGlass;
import nl.zvh.platform.breakglass.BreakGlassOwner;
import org.junit.jupiter.api.Test;

/**
 * The owner of a life-course client for break-glass is the organisation of its current case manager. Nobody may break
 * the glass on a client today, so the grant is written as the platform writes it (a role allowed later would): the
 * case manager then reads on the client's page who opened the file, when and why; the coordinator of another
 * organisation does not, and a grant older than 30 days is no longer shown.
 */
@QuarkusTest
class CaseManagerOrganisationIsToldOfAnEmergencyAccessToItsClientTest {

    @Inject
    ClientBreakGlass target;

    @Inject
    EntityManager em;

    @Test
    void theCaseManagerReadsWhoOpenedTheFile() {
        String coordinator = Tokens.coordinator();
        String client = CandidateRequestsForTests.includedClient(coordinator, "Nood");
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("organisation", TestInfrastructure.HOUSING, "username", "woonkwartier-nood-manager"))
                .when().post("/api/clients/" + client + "/case-managers").then().statusCode(200);
        BreakGlassOwner owner = QuarkusTransaction.requiringNew()
                .call(() -> target.owner(TestInfrastructure.HOUSE, client).orElseThrow());
        assertEquals(BreakGlassOwner.organisation(TestInfrastructure.HOUSING), owner);
        grant(client, owner, "Acute dreiging gemeld, dossier nodig voor crisisoverleg", OffsetDateTime.now());
        grant(client, owner, "Oude noodtoegang van lang geleden voor overleg", OffsetDateTime.now().minusDays(31));

        String manager = Tokens.caseManager("woonkwartier-nood-manager", TestInfrastructure.HOUSING);
        given().auth().oauth2(manager).when().get("/ui/clients/" + client).then().statusCode(200)
                .body(allOf(containsString("id=\"break-glass-notices\""),
                        containsString("Noodtoegang: Sanne Politie (" + TestInfrastructure.POLICE
                                + ") opende dit dossier op "),
                        containsString("met reden: Acute dreiging gemeld, dossier nodig voor crisisoverleg"),
                        not(containsString("Oude noodtoegang"))));
        given().auth().oauth2(coordinator).when().get("/ui/clients/" + client).then().statusCode(200)
                .body(not(containsString("id=\"break-glass-notices\"")));
    }

    private void grant(String client, BreakGlassOwner owner, String reason, OffsetDateTime at) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into break_glass_grant (id, resource_type, resource_id, person_refs, user_id, user_name,
                    user_display_name, organisation, house, roles, reason, granted_at, expires_at, owner_organisation)
                values (?1, ?2, ?3, '', 'sanne-id', 'politie-sanne', 'Sanne Politie', ?4, ?5, 'process-director', ?6,
                    ?7, ?8, ?9)""").setParameter(1, UUID.randomUUID()).setParameter(2, target.resourceType())
                .setParameter(3, client).setParameter(4, TestInfrastructure.POLICE)
                .setParameter(5, TestInfrastructure.HOUSE).setParameter(6, reason).setParameter(7, at)
                .setParameter(8, at.plusHours(4)).setParameter(9, owner.organisation()).executeUpdate());
    }
}
