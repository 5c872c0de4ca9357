package nl.zvh.coveca.cases;

import static nl.zvh.coveca.cases.CaseRulesForTests.MAIN;
import static nl.zvh.coveca.cases.CaseRulesForTests.NOW;
import static nl.zvh.coveca.cases.CaseRulesForTests.partner;
import static nl.zvh.coveca.cases.CaseRulesForTests.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** System members, partners and process direction change on an open case; a person or partner joins once. */
class PersonsAndPartnersJoinAnOpenCaseOnceTest {

    @Test
    void aSystemMemberJoinsWithTheFullNameOfTheIdentity() {
        CovecaCase c = CaseRulesForTests.openCase();

        CasePerson added = c.addPerson(person(null, PersonRole.SYSTEM_MEMBER, "Sanne", " ", "Vries"), NOW);

        assertNotNull(added.personId());
        assertEquals("Sanne Vries", added.fullName());
        assertEquals(2, c.persons().size());
        assertEquals("Piet de Vries", c.mainPersonName("?"), "the main person stays");
    }

    @Test
    void aPersonAlreadyInTheCaseIsRefused() {
        CovecaCase c = CaseRulesForTests.openCase();

        Refusals.assertInvalid("personId",
                () -> c.addPerson(person(MAIN, PersonRole.SYSTEM_MEMBER, "Piet", "de", "Vries"), NOW));
        assertEquals(1, c.persons().size());
    }

    @Test
    void anOrganisationIsInvolvedOnce() {
        CovecaCase c = CaseRulesForTests.openCase();

        c.involve(partner("GGZ Westelijk Noord-Brabant"), NOW);

        assertTrue(c.involves("ggz westelijk noord-brabant"));
        Refusals.assertInvalid("organisation", () -> c.involve(partner("WOONKWARTIER "), NOW));
        assertEquals(2, c.partners().size());
    }

    @Test
    void anotherProcessDirectorTakesOver() {
        CovecaCase c = CaseRulesForTests.openCase();

        c.directedBy(new ProcessDirector("pd-2", "pd.two", null));

        assertTrue(c.isDirectedBy("pd-2"));
        assertEquals("pd.two", c.processDirectorName());
        assertEquals(null, c.processDirectorDisplayName());
    }
}
