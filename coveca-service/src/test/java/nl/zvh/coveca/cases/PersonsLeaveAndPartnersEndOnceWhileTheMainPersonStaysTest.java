package nl.zvh.coveca.cases;

import static nl.zvh.coveca.cases.CaseRulesForTests.MAIN;
import static nl.zvh.coveca.cases.CaseRulesForTests.NOW;
import static nl.zvh.coveca.cases.CaseRulesForTests.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;
import nl.zvh.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/**
 * System members leave an open case once and stay in its history; the main person cannot leave; a partner's
 * involvement ends once; intensity and sub-approach change only while the case is open.
 */
class PersonsLeaveAndPartnersEndOnceWhileTheMainPersonStaysTest {

    @Test
    void aSystemMemberLeavesOnceAndStaysInTheHistory() {
        CovecaCase c = CaseRulesForTests.openCase();
        CasePerson sanne = c.addPerson(person(null, PersonRole.SYSTEM_MEMBER, "Sanne", null, "Vries"), NOW);

        c.endPerson(sanne.personId(), NOW.plusSeconds(60));

        assertEquals(NOW.plusSeconds(60), sanne.endedAt());
        assertEquals(2, c.persons().size(), "the person stays in the case's history");
        assertEquals(409,
                assertThrows(ProblemException.class, () -> c.endPerson(sanne.personId(), NOW)).problem().status());
    }

    @Test
    void theMainPersonCannotLeave() {
        CovecaCase c = CaseRulesForTests.openCase();

        Refusals.assertInvalid("personId", () -> c.endPerson(MAIN, NOW));
        assertNull(c.persons().get(0).endedAt());
        assertEquals(404,
                assertThrows(ProblemException.class, () -> c.endPerson(UUID.randomUUID(), NOW)).problem().status());
    }

    @Test
    void aPartnersInvolvementEndsOnce() {
        CovecaCase c = CaseRulesForTests.openCase();

        CasePartner ended = c.endPartner(" woonkwartier", NOW);

        assertEquals(NOW, ended.endedAt());
        assertEquals(409,
                assertThrows(ProblemException.class, () -> c.endPartner("Woonkwartier", NOW)).problem().status());
        assertEquals(404,
                assertThrows(ProblemException.class, () -> c.endPartner("Leerplicht", NOW)).problem().status());
    }

    @Test
    void intensityAndSubApproachChangeWhileOpen() {
        CovecaCase c = CaseRulesForTests.openCase();

        c.reclassify(Intensity.PGA, SubApproach.YOUTH);

        assertEquals(Intensity.PGA, c.intensity());
        assertEquals(SubApproach.YOUTH, c.subApproach());
        c.requestClosure(CaseRulesForTests.closure(ClosureReason.STABLE, null), false, "pd-1", NOW, false);
        assertEquals(409,
                assertThrows(ProblemException.class, () -> c.reclassify(Intensity.MAATWERK, SubApproach.REGULAR))
                        .problem().status());
        assertEquals(409,
                assertThrows(ProblemException.class, () -> c.endPartner("Woonkwartier", NOW)).problem().status());
    }
}
