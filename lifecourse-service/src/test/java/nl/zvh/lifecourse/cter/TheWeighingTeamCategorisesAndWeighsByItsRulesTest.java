package nl.zvh.lifecourse.cter;

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

/** The CTER register entry's rules, on the entity alone: reported or started by triage, then weighed. */
class TheWeighingTeamCategorisesAndWeighsByItsRulesTest {
    static final Instant NOW = Instant.parse("2026-12-04T14:00:00Z");
    static final LocalDate SESSION_DATE = LocalDate.of(2026, 12, 4);
    final CterSession session = new CterSession("markiezaten", new NewSession(SESSION_DATE, List.of("Politie")));

    static CterPerson fromTriage(UUID referral) {
        return CterPerson.fromTriage("markiezaten", "Roosendaal", null, "Jan", "van der Berg", referral, NOW);
    }

    static CterRequests.NewWeighing weighing(CterOutcome outcome, LocalDate review, Ideology ideology) {
        return new CterRequests.NewWeighing(UUID.randomUUID(), "Veiligheidsadviseur", outcome, "Vervolg", review,
                ideology);
    }

    @Test
    void triageStartsAnUncategorisedEntryWithItsReferral() {
        UUID referral = UUID.randomUUID();
        CterPerson p = fromTriage(referral);
        assertEquals(CterPerson.TRIAGE, p.source());
        assertEquals(referral, p.sourceReferralId());
        assertNull(p.ideology());
        assertNull(p.outcome());
        assertEquals("Jan van der Berg", p.fullName());
    }

    @Test
    void aMembersReportKeepsItsSourceAndCategory() {
        CterPerson p = CterPerson.reported("markiezaten", new CterRequests.NewPerson("Bergen op Zoom", null, "Karel",
                "Soeverein", "Politie", Ideology.ANTI_GOVERNMENT_SOVEREIGN), NOW);
        assertEquals("Politie", p.source());
        assertNull(p.sourceReferralId());
        assertEquals(Ideology.ANTI_GOVERNMENT_SOVEREIGN, p.ideology());
    }

    @Test
    void theFirstWeighingOfAnUncategorisedPersonSetsTheCategory() {
        CterPerson p = fromTriage(UUID.randomUUID());
        ProblemException refused = assertThrows(ProblemException.class,
                () -> p.weigh(session, weighing(CterOutcome.NO_ACTION, null, null), "member", NOW));
        assertEquals("ideology", refused.problem().errors().get(0).field());
        assertNull(p.outcome());

        CterWeighing w = p.weigh(session, weighing(CterOutcome.NO_ACTION, null, Ideology.RELIGIOUS), "member", NOW);
        assertEquals(Ideology.RELIGIOUS, p.ideology());
        assertEquals(CterOutcome.NO_ACTION, w.view().outcome());
        CterWeighing again = p.weigh(session, weighing(CterOutcome.PERSON_ORIENTED_APPROACH, null, null), "member",
                NOW);
        assertEquals(Ideology.RELIGIOUS, p.ideology());
        assertEquals(CterOutcome.PERSON_ORIENTED_APPROACH, again.view().outcome());
    }

    @Test
    void aWeighingSetsTheOutcomeFollowUpAndReviewDate() {
        CterPerson p = fromTriage(UUID.randomUUID());
        LocalDate review = SESSION_DATE.plusMonths(3);
        CterWeighing w = p.weigh(session, weighing(CterOutcome.CRIMINAL_INVESTIGATION, review, Ideology.OTHER),
                "member", NOW);
        assertEquals(CterOutcome.CRIMINAL_INVESTIGATION, p.outcome());
        assertEquals(review, p.reviewDate());
        assertEquals("Vervolg", p.followUp());
        assertEquals(p, w.person());
        assertEquals("member", w.view().decidedBy());
    }

    @Test
    void aReviewDateBeforeTheSessionIsRefused() {
        CterPerson p = fromTriage(UUID.randomUUID());
        ProblemException refused = assertThrows(ProblemException.class, () -> p.weigh(session,
                weighing(CterOutcome.NO_ACTION, SESSION_DATE.minusDays(1), Ideology.OTHER), "member", NOW));
        assertEquals("reviewDate", refused.problem().errors().get(0).field());
        assertNull(p.outcome());
    }

    @Test
    void theApproachIsHandedOverOncePerChangeOfOutcomeWithThePerson() {
        CterPerson p = fromTriage(UUID.randomUUID());
        CterWeighing first = p.weigh(session, weighing(CterOutcome.PERSON_ORIENTED_APPROACH, null, Ideology.RELIGIOUS),
                "member", NOW);
        CterRequests.CterApproachHandedOverV1 handover = first.handedOver().orElseThrow();
        assertEquals(p.id(), handover.cterPersonId());
        assertEquals(session.id(), handover.sessionId());
        assertEquals(new CterRequests.HandedOverPerson(p.personId(), "Jan", null, "van der Berg", null, null),
                handover.person());
        assertEquals(NOW, p.approachHandedOverAt());
        Instant later = NOW.plusSeconds(3600);
        assertTrue(p.weigh(session, weighing(CterOutcome.PERSON_ORIENTED_APPROACH, null, null), "member", later)
                .handedOver().isEmpty(), "the same outcome again hands nothing over");

        UUID caseId = UUID.randomUUID();
        assertTrue(p.approachStarted(caseId, SESSION_DATE));
        assertFalse(p.approachStarted(caseId, SESSION_DATE), "the same case is recorded once");
        assertEquals(SESSION_DATE, p.approachStartedOn());

        assertTrue(
                p.weigh(session, weighing(CterOutcome.NO_ACTION, null, null), "member", later).handedOver().isEmpty());
        assertNull(p.approachHandedOverAt());
        assertNull(p.approachStartedOn());
        assertFalse(p.approachStarted(UUID.randomUUID(), SESSION_DATE), "nothing handed over to start");
        assertTrue(p.weigh(session, weighing(CterOutcome.PERSON_ORIENTED_APPROACH, null, null), "member", later)
                .handedOver().isPresent(), "decided again after another outcome: handed over again");
    }
}
