package nl.zvh.trafficking.signal;

import static nl.zvh.trafficking.Actors.COORDINATOR;
import static nl.zvh.trafficking.Actors.post;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.zvh.trafficking.Actors;
import org.junit.jupiter.api.Test;

/** Each invalid field of a signal is named in a problem+json answer and nothing is stored. */
@QuarkusTest
class InvalidSignalIsRejectedWithProblemTest {

    @Inject
    EntityManager em;

    @Test
    void eachInvalidFieldIsNamedAndNothingIsStored() {
        long before = Actors.count(em, "select count(*) from signal");
        rejects(b -> b.put("municipality", "Den Haag"), "municipality");
        rejects(b -> b.put("exploitationTypes", List.of()), "exploitationTypes");
        rejects(b -> b.put("exploitationTypes", List.of("SEXUAL", "CRIMINAL")), "primaryExploitationType");
        rejects(b -> {
            b.put("exploitationTypes", List.of("SEXUAL", "CRIMINAL"));
            b.put("primaryExploitationType", "LABOUR");
        }, "primaryExploitationType");
        rejects(b -> b.put("exploitationTypes", List.of("SLAVERY")), "exploitationTypes[0]");
        rejects(b -> Actors.victim(b).put("bsn", "123456789"), "presumedVictim.bsn");
        rejects(b -> Actors.victim(b).put("dateOfBirth", LocalDate.now().plusDays(2).toString()),
                "presumedVictim.dateOfBirth");
        rejects(b -> Actors.victim(b).put("estimatedAge", 200), "presumedVictim.estimatedAge");
        rejects(b -> {
            b.put("sourceType", "OTHER");
            b.remove("sourceName");
        }, "sourceName");
        rejects(b -> b.remove("residenceStatus"), "residenceStatus");
        rejects(b -> b.put("otherPersons", List.of(Map.of("role", "PRESUMED_VICTIM"))), "otherPersons");
        rejects(b -> b.put("house", "haaglanden"), "house");
        assertEquals(before, Actors.count(em, "select count(*) from signal"), "no rejected signal was stored");
    }

    @Test
    void nationalRegistrationNeedsDateAndOrganisation() {
        String signal = Actors.registered(Actors.signal());
        Actors.put(COORDINATOR, "/api/signals/" + signal + "/national-registration",
                Map.of("reported", true, "reportingOrganisation", "Politie Zeeland-West-Brabant")).statusCode(400)
                .body("errors.field", hasItem("reportedOn"));
        Actors.put(COORDINATOR, "/api/signals/" + signal + "/national-registration",
                Map.of("reported", true, "reportedOn", LocalDate.now().toString())).statusCode(400)
                .body("errors.field", hasItem("reportingOrganisation"));
    }

    private void rejects(Consumer<Map<String, Object>> change, String field) {
        Map<String, Object> body = Actors.signal();
        change.accept(body);
        post(COORDINATOR, "/api/signals", body).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }
}
