package nl.zvh.lifecourse.candidates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.zvh.lifecourse.sessions.NewSession;
import nl.zvh.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** The candidate's state rules, on the entity alone: what the inclusion table may decide, and when. */
class TheInclusionTableDecidesEachCandidateByItsRulesTest {
    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    static final Candidate.Capacity ROOM = new Candidate.Capacity(3, 15);
    static final Candidate.Capacity FULL = new Candidate.Capacity(15, 15);
    final InclusionSession session = new InclusionSession("markiezaten",
            new NewSession(LocalDate.of(2026, 12, 1), List.of("Politie", "Reclassering")));

    static Candidate proposed() {
        return Candidate.propose(new Candidate.Proposal("markiezaten", "Roosendaal", null, "Piet", "Jansen",
                LocalDate.of(1980, 6, 1), Candidates.COORDINATOR, null), NOW);
    }

    @Test
    void aProposalAwaitsTheTableWithAPlatformPersonId() {
        Candidate c = proposed();
        assertEquals(CandidateStatus.CANDIDATE, c.status());
        assertTrue(c.personId() != null && c.id() != null);
        assertEquals("Piet Jansen", c.fullName());
        assertEquals(NOW, c.createdAt());
        assertFalse(c.included());
    }

    @Test
    void aTriageProposalKeepsItsReferralAndPerson() {
        UUID referral = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        Candidate c = Candidate.propose(new Candidate.Proposal("markiezaten", "Roosendaal", person, "Jan",
                "van der Berg", null, Candidates.TRIAGE, referral), NOW);
        assertEquals(referral, c.sourceReferralId());
        assertEquals(person, c.personId());
        assertEquals("TRIAGE", c.source());
    }

    @Test
    void includingMakesAClientAndRecordsTheDecision() {
        Candidate c = proposed();
        InclusionDecision d = c.decide(session, Decision.INCLUDED, null, false, ROOM, "coordinator", NOW);
        assertTrue(c.included());
        assertEquals(NOW, c.includedAt());
        assertEquals(Decision.INCLUDED, d.view().decision());
        assertEquals(c.id(), d.view().candidateId());
        assertEquals("coordinator", d.view().decidedBy());
        assertFalse(d.capacityOverridden());
    }

    @Test
    void anIncludedOrNotIncludedCandidateIsNotDecidedAgain() {
        Candidate included = proposed();
        included.decide(session, Decision.INCLUDED, null, false, ROOM, "coordinator", NOW);
        assertThrows(IllegalStateException.class,
                () -> included.decide(session, Decision.POSTPONED, null, false, ROOM, "coordinator", NOW));
        Candidate notIncluded = proposed();
        notIncluded.decide(session, Decision.NOT_INCLUDED, "Geen meerwaarde", false, ROOM, "coordinator", NOW);
        assertThrows(IllegalStateException.class,
                () -> notIncluded.decide(session, Decision.INCLUDED, null, false, ROOM, "coordinator", NOW));
        assertEquals(CandidateStatus.NOT_INCLUDED, notIncluded.status());
    }

    @Test
    void aPostponedCandidateIsDecidedAgain() {
        Candidate c = proposed();
        c.decide(session, Decision.POSTPONED, null, false, ROOM, "coordinator", NOW);
        assertEquals(CandidateStatus.POSTPONED, c.status());
        c.decide(session, Decision.INCLUDED, null, false, ROOM, "coordinator", NOW);
        assertEquals(CandidateStatus.INCLUDED, c.status());
    }

    @Test
    void notIncludingNeedsAReason() {
        Candidate c = proposed();
        ProblemException refused = assertThrows(ProblemException.class,
                () -> c.decide(session, Decision.NOT_INCLUDED, " ", false, ROOM, "coordinator", NOW));
        assertEquals("reason", refused.problem().errors().get(0).field());
        assertEquals(CandidateStatus.CANDIDATE, c.status());
    }

    @Test
    void includingBeyondCapacityNeedsConfirmationWithAReason() {
        Candidate c = proposed();
        IllegalStateException full = assertThrows(IllegalStateException.class,
                () -> c.decide(session, Decision.INCLUDED, null, false, FULL, "coordinator", NOW));
        assertTrue(full.getMessage().contains("Capacity of 15"), full.getMessage());
        ProblemException noReason = assertThrows(ProblemException.class,
                () -> c.decide(session, Decision.INCLUDED, null, true, FULL, "coordinator", NOW));
        assertEquals("reason", noReason.problem().errors().get(0).field());
        assertEquals(CandidateStatus.CANDIDATE, c.status());

        InclusionDecision d = c.decide(session, Decision.INCLUDED, "Acuut risico", true, FULL, "coordinator", NOW);
        assertTrue(d.capacityOverridden());
        assertTrue(c.included());
    }

    @Test
    void postponingInAFullHouseNeedsNoConfirmation() {
        Candidate c = proposed();
        InclusionDecision d = c.decide(session, Decision.POSTPONED, null, false, FULL, "coordinator", NOW);
        assertFalse(d.capacityOverridden());
    }

    @Test
    void onlyAnOpenClientIsClosedAndAClosedOneIsProposedAgainLinkedToItsPeriod() {
        Candidate c = proposed();
        assertThrows(IllegalStateException.class, () -> c.close(ClosureReason.STABLE, null, NOW));
        c.decide(session, Decision.INCLUDED, null, false, ROOM, "coordinator", NOW);
        assertThrows(IllegalStateException.class, () -> c.reproposed(Candidates.COORDINATOR, NOW));
        ProblemException noNote = assertThrows(ProblemException.class, () -> c.close(ClosureReason.OTHER, " ", NOW));
        assertEquals("note", noNote.problem().errors().get(0).field());

        c.close(ClosureReason.MOVED, null, NOW);
        assertEquals(CandidateStatus.CLOSED, c.status());
        assertEquals(ClosureReason.MOVED, c.closureReason());
        assertNull(c.closureNote());
        assertFalse(c.included());
        assertThrows(IllegalStateException.class, () -> c.close(ClosureReason.STABLE, null, NOW));
        assertThrows(IllegalStateException.class,
                () -> c.decide(session, Decision.INCLUDED, null, false, ROOM, "coordinator", NOW));

        Candidate again = c.reproposed(Candidates.COORDINATOR, NOW);
        assertEquals(CandidateStatus.CANDIDATE, again.status());
        assertEquals(c.id(), again.previousPeriodId());
        assertEquals(c.personId(), again.personId());
        assertEquals(c.fullName(), again.fullName());
    }
}
