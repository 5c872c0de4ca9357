package nl.zvh.trafficking.registers;

import static nl.zvh.trafficking.Actors.COORDINATOR;
import static nl.zvh.trafficking.Actors.OTHER_HOUSE_COORDINATOR;
import static nl.zvh.trafficking.Actors.POLICE_SYSTEM;
import static nl.zvh.trafficking.Actors.get;
import static nl.zvh.trafficking.Actors.post;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.zvh.trafficking.Actors;
import org.junit.jupiter.api.Test;

/**
 * The coordinator records signals table sessions (attendees, the house's signals discussed, follow-up) and the
 * awareness sessions given; another house's signal cannot be listed, another house sees neither register.
 */
@QuarkusTest
class CoordinatorKeepsSignalsTableAndAwarenessRegistersTest {

    @Test
    void sessionsAreRecordedPerHouse() {
        String signal = Actors.registered(Actors.signal());
        String session = post(COORDINATOR, "/api/signals-table-sessions",
                Map.of("heldOn", LocalDate.now().toString(), "attendees",
                        List.of("Politie Zeeland-West-Brabant (AVIM)", "Nederlandse Arbeidsinspectie",
                                "Gemeente Roosendaal"),
                        "signalsDiscussed", List.of(signal), "followUp",
                        "Police checks the employment agency; municipality visits the housing address"))
                .statusCode(201).body("signalsDiscussed", hasItem(signal)).extract().path("id");
        get(COORDINATOR, "/api/signals-table-sessions?year=" + LocalDate.now().getYear()).statusCode(200)
                .body("find { it.id == '" + session + "' }.attendees.size()", equalTo(3));
        get(OTHER_HOUSE_COORDINATOR, "/api/signals-table-sessions").statusCode(200).body("id", not(hasItem(session)));
        post(OTHER_HOUSE_COORDINATOR, "/api/signals-table-sessions",
                Map.of("heldOn", LocalDate.now().toString(), "attendees", List.of("Politie Eenheid Den Haag"),
                        "signalsDiscussed", List.of(signal)))
                .statusCode(400).body("errors.field", hasItem("signalsDiscussed"));
        post(COORDINATOR, "/api/signals-table-sessions",
                Map.of("heldOn", LocalDate.now().toString(), "attendees", List.of())).statusCode(400)
                .body("errors.field", hasItem("attendees"));

        String awareness = post(COORDINATOR, "/api/awareness-sessions",
                Map.of("heldOn", LocalDate.now().toString(), "audience", "Community police officers", "organisation",
                        "Politie Zeeland-West-Brabant", "participants", 24, "topic", "Recognising labour exploitation"))
                .statusCode(201).body("participants", equalTo(24)).extract().path("id");
        get(COORDINATOR, "/api/awareness-sessions").statusCode(200).body("id", hasItem(awareness));
        get(OTHER_HOUSE_COORDINATOR, "/api/awareness-sessions").statusCode(200).body("id", not(hasItem(awareness)));
        post(COORDINATOR, "/api/awareness-sessions", Map.of("heldOn", LocalDate.now().toString(), "audience", "Nurses",
                "organisation", "GGD West-Brabant", "participants", 0)).statusCode(400)
                .body("errors.field", hasItem("participants"));
        get(POLICE_SYSTEM, "/api/awareness-sessions").statusCode(403);
    }
}
