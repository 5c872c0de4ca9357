package nl.zvh.reintegration.ui;

import static nl.zvh.reintegration.Actors.COORDINATOR;
import static nl.zvh.reintegration.ui.CoordinatorUsesChecklistInDutchTest.as;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.person.PersonIdentity;
import nl.zvh.reintegration.TestInfrastructure;
import nl.zvh.reintegration.track.Track;
import org.junit.jupiter.api.Test;

/**
 * A house with many open tracks: the list says how many match, shows 25 a page and pages on; only the tracks shown
 * are read, so only they are audited as searched.
 */
@QuarkusTest
class CoordinatorPagesThroughManyTracksTest {

    @Test
    void theListCountsAllAndShowsAndAuditsOnePageAtATime() {
        String lastName = "Paginaweg" + UUID.randomUUID().toString().substring(0, 6);
        List<String> ids = QuarkusTransaction.requiringNew().call(() -> {
            List<String> created = new ArrayList<>();
            for (int i = 0; i < 27; i++) {
                Track t = Track.fromTriage(TestInfrastructure.HOUSE, "Tholen", UUID.randomUUID(), new PersonIdentity(
                        UUID.randomUUID(), "Lotte", null, lastName, LocalDate.of(1990, 1, 1).plusDays(i), null));
                t.persist();
                created.add(t.id().toString());
            }
            return created;
        });

        String first = as(COORDINATOR).queryParam("q", lastName).when().get("/ui/tracks").then().statusCode(200)
                .body(containsString("27 lopende trajecten")).extract().asString();
        assertEquals(25, rows(first, ids));
        assertEquals(25, searched(ids));
        String second = as(COORDINATOR).queryParam("q", lastName).queryParam("page", "2").when().get("/ui/tracks")
                .then().statusCode(200).body(containsString("27 lopende trajecten")).extract().asString();
        assertEquals(2, rows(second, ids));
        assertEquals(27, searched(ids));
    }

    private static long rows(String page, List<String> ids) {
        return ids.stream().filter(id -> page.contains("data-id=\"" + id + "\"")).count();
    }

    private static long searched(List<String> ids) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Track.getEntityManager()
                .createNativeQuery("select count(*) from audit_log where action = 'SEARCH' and resource_id in (:ids)")
                .setParameter("ids", ids).getSingleResult()).longValue());
    }
}
