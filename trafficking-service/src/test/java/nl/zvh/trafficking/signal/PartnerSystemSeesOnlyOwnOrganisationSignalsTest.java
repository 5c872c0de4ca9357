package nl.zvh.trafficking.signal;

import static nl.zvh.trafficking.Actors.COORDINATOR;
import static nl.zvh.trafficking.Actors.HOUSING_COORDINATOR;
import static nl.zvh.trafficking.Actors.INSPECTORATE_SYSTEM;
import static nl.zvh.trafficking.Actors.OTHER_HOUSE_COORDINATOR;
import static nl.zvh.trafficking.Actors.POLICE_SYSTEM;
import static nl.zvh.trafficking.Actors.REFERRER;
import static nl.zvh.trafficking.Actors.get;
import static nl.zvh.trafficking.Actors.post;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import nl.zvh.trafficking.Actors;
import org.junit.jupiter.api.Test;

/**
 * The police system (client credentials, role partner-system) posts a signal and reads back only its own
 * organisation's signals through the API: not the coordinator's, not another partner's, never the outcome; a repeated
 * external reference answers with the signal already held. The house's coordinators see every signal of the house,
 * another house's coordinator sees nothing, and every read of the persons is audited per person.
 */
@QuarkusTest
class PartnerSystemSeesOnlyOwnOrganisationSignalsTest {

    @Inject
    EntityManager em;

    @Test
    void partnerSeesOwnSignalsOnlyAndCoordinatorsSeeTheHouse() {
        String reference = "AVIM-" + UUID.randomUUID();
        Map<String, Object> fromPolice = Actors.signal();
        fromPolice.put("externalReference", reference);
        String police = post(POLICE_SYSTEM, "/api/signals", fromPolice).statusCode(201)
                .body("status", equalTo("RECEIVED")).body("presumedVictim.lastName", equalTo("Popescu"))
                .body("outcome", nullValue()).extract().path("id");
        post(POLICE_SYSTEM, "/api/signals", fromPolice).statusCode(200).body("id", equalTo(police));

        Map<String, Object> fromInspectorate = Actors.signal();
        fromInspectorate.put("sourceType", "LABOUR_INSPECTORATE");
        String inspectorate = post(INSPECTORATE_SYSTEM, "/api/signals", fromInspectorate).statusCode(201).extract()
                .path("id");
        String coordinators = Actors.registered(Actors.signal());

        get(POLICE_SYSTEM, "/api/signals").statusCode(200).body("id", hasItem(police))
                .body("id", not(hasItem(inspectorate))).body("id", not(hasItem(coordinators)));
        get(POLICE_SYSTEM, "/api/signals/" + police).statusCode(200).body("externalReference", equalTo(reference));
        get(POLICE_SYSTEM, "/api/signals/" + inspectorate).statusCode(404);
        get(POLICE_SYSTEM, "/api/signals/" + coordinators).statusCode(404);
        post(POLICE_SYSTEM, "/api/signals/" + police + "/outcome", Map.of("outcome", "COORDINATED_APPROACH"))
                .statusCode(403);
        get(POLICE_SYSTEM, "/api/approaches").statusCode(403);

        get(HOUSING_COORDINATOR, "/api/signals/" + police).statusCode(200).body("channel", equalTo("PARTNER_API"))
                .body("reporterOrganisation", equalTo("Politie Zeeland-West-Brabant"))
                .body("otherPersons[0].role", equalTo("PRESUMED_EXPLOITER")).body("minor", equalTo(false));
        get(COORDINATOR, "/api/signals").statusCode(200).body("id", hasItem(police)).body("id", hasItem(inspectorate))
                .body("id", hasItem(coordinators));
        get(OTHER_HOUSE_COORDINATOR, "/api/signals/" + police).statusCode(404);
        get(OTHER_HOUSE_COORDINATOR, "/api/signals").statusCode(200).body("id", not(hasItem(police)));
        get(REFERRER, "/api/signals").statusCode(403);

        long reads = Actors.count(em, "select count(*) from audit_log where resource_id = ?1 and action = 'READ'"
                + " and user_name = 'woonkwartier-trafficking-coordinator'", police);
        assertEquals(2, reads, "one audit entry per person of the signal (victim and presumed exploiter)");
        long victimRefs = Actors.count(em, "select count(distinct a.person_ref) from audit_log a join signal_person p"
                + " on p.id::text = a.person_ref where a.resource_id = ?1", police);
        assertEquals(2, victimRefs, "audit entries name the platform person ids");
    }

    @Test
    void minorIsDerivedFromDateOfBirthOrEstimatedAge() {
        Map<String, Object> child = Actors.signal();
        Actors.victim(child).put("dateOfBirth", java.time.LocalDate.now().minusYears(16).toString());
        get(COORDINATOR, "/api/signals/" + Actors.registered(child)).body("minor", equalTo(true));

        Map<String, Object> estimated = Actors.signal();
        Actors.victim(estimated).remove("dateOfBirth");
        Actors.victim(estimated).put("estimatedAge", 15);
        get(COORDINATOR, "/api/signals/" + Actors.registered(estimated)).body("minor", equalTo(true));

        Map<String, Object> unknown = Actors.signal();
        Actors.victim(unknown).remove("dateOfBirth");
        get(COORDINATOR, "/api/signals/" + Actors.registered(unknown)).body("minor", nullValue());
    }
}
