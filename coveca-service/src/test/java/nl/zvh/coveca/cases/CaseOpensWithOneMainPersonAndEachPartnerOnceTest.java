package nl.zvh.coveca.cases;

import static nl.zvh.coveca.cases.CaseRulesForTests.MAIN;
import static nl.zvh.coveca.cases.CaseRulesForTests.NOW;
import static nl.zvh.coveca.cases.CaseRulesForTests.command;
import static nl.zvh.coveca.cases.CaseRulesForTests.partner;
import static nl.zvh.coveca.cases.CaseRulesForTests.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Opening: a new case is open, directed by whoever opened it, with exactly one main person and each partner once. */
class CaseOpensWithOneMainPersonAndEachPartnerOnceTest {

    @Test
    void aNewCaseIsOpenWithItsPersonsPartnersAndDirector() {
        CovecaCase c = CaseRulesForTests.openCase();

        assertEquals(CaseStatus.OPEN, c.status());
        assertTrue(c.isOpen());
        assertNotNull(c.id());
        assertEquals(NOW, c.openedAt());
        assertEquals(LocalDate.of(2026, 11, 30), c.startDate());
        assertEquals("Piet de Vries", c.mainPersonName("?"));
        assertEquals(List.of(MAIN), c.personIds());
        assertTrue(c.involves("woonkwartier"));
        assertTrue(c.isDirectedBy("pd-1"));
        assertEquals("Petra de Regisseur", c.processDirectorDisplayName());
        assertNull(c.escalationLevel());
        assertNull(c.closure().reason());
        assertEquals(0, c.plan().version());
        assertTrue(c.plan().isApproved());
    }

    @Test
    void withoutAStartDateTheCaseStartsToday() {
        OpenCase undated = new OpenCase("markiezaten", "Roosendaal", Intensity.PGA, SubApproach.YOUTH,
                CaseSource.REINTEGRATION, null, UUID.randomUUID(), null, null,
                List.of(person(null, PersonRole.MAIN, "Kees", null, "Wit")), List.of());

        CovecaCase c = CovecaCase.open(undated, NOW);

        assertEquals(LocalDate.now(), c.startDate());
        assertNull(c.processDirectorId(), "a case from an event waits for a process director");
        assertNotNull(c.personIds().get(0), "a person without a platform person id gets one");
    }

    @Test
    void personsAreListedInTheOrderTheOpeningGaveThem() {
        CovecaCase c = CovecaCase.open(command(List.of(person(null, PersonRole.MAIN, "Piet", null, "Vries"),
                person(null, PersonRole.SYSTEM_MEMBER, "Sanne", null, "Vries"),
                person(null, PersonRole.SYSTEM_MEMBER, "Anouk", null, "Bakker")), List.of()), NOW);

        assertEquals(List.of("Piet Vries", "Sanne Vries", "Anouk Bakker"),
                c.persons().stream().map(CasePerson::fullName).toList());
        assertTrue(
                c.persons().get(0).addedAt().isBefore(c.persons().get(1).addedAt())
                        && c.persons().get(1).addedAt().isBefore(c.persons().get(2).addedAt()),
                "stored in that order too (the case's persons are read ordered by when they were added)");
    }

    @Test
    void aCaseOpensWithExactlyOneMainPerson() {
        assertThrows(IllegalArgumentException.class,
                () -> CovecaCase.open(
                        command(List.of(person(null, PersonRole.SYSTEM_MEMBER, "Sanne", null, "Vries")), List.of()),
                        NOW));
        assertThrows(IllegalArgumentException.class,
                () -> CovecaCase.open(command(List.of(person(null, PersonRole.MAIN, "Piet", null, "Vries"),
                        person(null, PersonRole.MAIN, "Jan", null, "Vries")), List.of()), NOW));
    }

    @Test
    void anOrganisationListedTwiceIsRefused() {
        Refusals.assertInvalid("partners",
                () -> CovecaCase.open(command(List.of(person(null, PersonRole.MAIN, "Piet", null, "Vries")),
                        List.of(partner("Woonkwartier"), partner(" woonkwartier "))), NOW));
    }
}
