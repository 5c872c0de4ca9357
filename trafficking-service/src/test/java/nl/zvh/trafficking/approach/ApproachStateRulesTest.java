package nl.zvh.trafficking.approach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.UUID;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.trafficking.signal.Signal;
import org.junit.jupiter.api.Test;

/** The state rules of a coordinated approach, its shelter requests and agreements, on the entities themselves. */
class ApproachStateRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    static Approach started() {
        Signal signal = new Signal();
        signal.id = UUID.randomUUID();
        signal.house = "markiezaten";
        signal.municipality = "Roosendaal";
        return Approach.start(signal, TODAY.minusDays(10), "coordinator");
    }

    static ApproachInputs.CareRoute careRoute(LocalDate reflectionStart, LocalDate reflectionEnd, LocalDate applied,
            LocalDate decided) {
        return new ApproachInputs.CareRoute("Safe address", "Lawyer", null, reflectionStart, reflectionEnd, "B8",
                applied, decided);
    }

    static ProblemException refused(Runnable change) {
        return assertThrows(ProblemException.class, change::run);
    }

    static String field(ProblemException e) {
        return e.problem().errors().get(0).field();
    }

    @Test
    void anApproachStartsOpenInTheSignalsHouseAndMunicipality() {
        Approach approach = started();
        assertEquals(ApproachStatus.OPEN, approach.status());
        assertEquals("markiezaten", approach.house());
        assertEquals("Roosendaal", approach.municipality());
        assertEquals(TODAY.minusDays(10), approach.startedOn());
        assertTrue(approach.shelterRequests().isEmpty() && approach.agreements().isEmpty());
    }

    @Test
    void aClosedApproachRefusesEveryChangeWithAConflict() {
        Approach approach = started();
        approach.close(ClosureReason.GOALS_REACHED, null, TODAY);
        assertEquals(ApproachStatus.CLOSED, approach.status());
        for (Runnable change : new Runnable[]{() -> approach.planCareRoute(careRoute(null, null, null, null)),
                () -> approach.requestShelter("Shelter", true, TODAY),
                () -> approach.agree("Intake", "GGZ", TODAY.plusDays(7)),
                () -> approach.close(ClosureReason.GOALS_REACHED, null, TODAY)}) {
            assertEquals(409, refused(change).problem().status());
        }
    }

    @Test
    void anApproachClosesNotBeforeItStartedAndOtherReasonsNeedNotes() {
        Approach approach = started();
        assertEquals("closedOn",
                field(refused(() -> approach.close(ClosureReason.GOALS_REACHED, null, TODAY.minusDays(11)))));
        assertEquals("notes", field(refused(() -> approach.close(ClosureReason.OTHER, " ", TODAY))));
        assertTrue(approach.isOpen());
        approach.close(ClosureReason.OTHER, "Moved abroad", TODAY);
        assertEquals(TODAY, approach.closedOn());
        assertEquals("Moved abroad", approach.closureNotes());
    }

    @Test
    void theCareRoutesPeriodsDoNotEndBeforeTheyBegan() {
        Approach approach = started();
        assertEquals("reflectionPeriodEnd",
                field(refused(() -> approach.planCareRoute(careRoute(TODAY, TODAY.minusDays(1), null, null)))));
        assertEquals("residenceDecidedOn",
                field(refused(() -> approach.planCareRoute(careRoute(null, null, TODAY, TODAY.minusDays(1))))));
        approach.planCareRoute(careRoute(TODAY, TODAY.plusDays(90), TODAY.minusDays(1), TODAY));
        assertEquals(TODAY.plusDays(90), approach.careRoute().reflectionPeriodEnd());
        assertEquals("Safe address", approach.careRoute().safetyMeasures());
    }

    @Test
    void aShelterIsAskedThenPlacedNotBeforeTheRequestAndLeftNotBeforeThePlacement() {
        Approach approach = started();
        ShelterRequest request = approach.requestShelter("COSM Noord", true, TODAY.minusDays(5));
        assertEquals(ShelterStatus.ASKED, request.status());
        assertEquals("date", field(
                refused(() -> approach.answerShelter(request.id(), ShelterStatus.PLACED, null, TODAY.minusDays(6)))));
        assertEquals("status",
                field(refused(() -> approach.answerShelter(request.id(), ShelterStatus.LEFT, null, TODAY))));
        approach.answerShelter(request.id(), ShelterStatus.PLACED, null, TODAY.minusDays(2));
        assertEquals("date", field(
                refused(() -> approach.answerShelter(request.id(), ShelterStatus.LEFT, null, TODAY.minusDays(3)))));
        approach.answerShelter(request.id(), ShelterStatus.LEFT, null, TODAY);
        assertEquals(ShelterStatus.LEFT, request.status());
        assertEquals(TODAY.minusDays(2), request.placedOn());
        assertEquals(TODAY, request.leftOn());
    }

    @Test
    void aRefusalNeedsItsReasonAndIsFinal() {
        Approach approach = started();
        ShelterRequest request = approach.requestShelter("Opvang West", false, TODAY);
        assertEquals("refusalReason",
                field(refused(() -> approach.answerShelter(request.id(), ShelterStatus.REFUSED, null, TODAY))));
        approach.answerShelter(request.id(), ShelterStatus.REFUSED, "Full", TODAY);
        assertEquals("status",
                field(refused(() -> approach.answerShelter(request.id(), ShelterStatus.PLACED, null, TODAY))));
        assertEquals(404, refused(() -> approach.answerShelter(UUID.randomUUID(), ShelterStatus.PLACED, null, TODAY))
                .problem().status());
    }

    @Test
    void aDroppedAgreementNeedsAReasonAndADoneOneIsDoneToday() {
        Approach approach = started();
        Agreement agreement = approach.agree("Intake trauma care", "GGZ WNB", TODAY.plusDays(7));
        assertEquals(AgreementStatus.OPEN, agreement.status());
        assertEquals("dropReason",
                field(refused(() -> approach.changeAgreement(agreement.id(), AgreementStatus.DROPPED, "", TODAY))));
        approach.changeAgreement(agreement.id(), AgreementStatus.DONE, null, TODAY);
        assertEquals(TODAY, agreement.doneOn());
        approach.changeAgreement(agreement.id(), AgreementStatus.DROPPED, "Not needed", TODAY);
        assertNull(agreement.doneOn());
        assertEquals("Not needed", agreement.dropReason());
    }

    @Test
    void anOpenAgreementPastItsDueDateReadsOverdue() {
        Approach approach = started();
        Agreement agreement = approach.agree("Legal aid", "Advocaat", TODAY.minusDays(1));
        assertEquals(AgreementStatus.OVERDUE, agreement.effectiveStatus(TODAY));
        assertEquals(AgreementStatus.OPEN, agreement.effectiveStatus(TODAY.minusDays(1)));
        assertFalse(approach.agreements().isEmpty());
    }
}
