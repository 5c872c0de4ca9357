package nl.zvh.reintegration.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.zvh.platform.person.PersonIdentity;
import nl.zvh.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** The state rules of a track, on the entity itself (no Quarkus, no database). */
class TrackStateRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    static final PersonIdentity KEES = new PersonIdentity(UUID.randomUUID(), "Kees", "de", "Wit",
            LocalDate.of(1990, 5, 17), null);

    static Track detention(LocalDate detained) {
        return Track.fromDetention("markiezaten", "Roosendaal", "DET-1", KEES, "DJI-1", "PI Zeeland", detained,
                detained.plusMonths(6));
    }

    static Track fromTriage() {
        return Track.fromTriage("markiezaten", "Roosendaal", UUID.randomUUID(), KEES);
    }

    static String field(ProblemException e) {
        return e.problem().errors().get(0).field();
    }

    @Test
    void aNewTrackHasFiveUnknownConditionsNoConsentAndIsNotReady() {
        Track track = fromTriage();
        assertEquals(TrackSource.TRIAGE, track.source());
        assertEquals(5, track.conditions().size());
        assertEquals(5, track.openConditions());
        assertEquals(Consent.NOT_ASKED, track.consent());
        assertFalse(track.readyForRelease());
        assertFalse(track.released());
        assertEquals("Kees de Wit", track.fullName());
    }

    @Test
    void aConditionBeyondUnknownNeedsTheConsentGiven() {
        Track track = fromTriage();
        ProblemException refused = assertThrows(ProblemException.class,
                () -> track.recordCondition(ConditionType.HOUSING, ConditionStatus.ARRANGED, "Woonkwartier", null,
                        Instant.now(), "coordinator"));
        assertEquals("status", field(refused));
        assertEquals(ConditionStatus.UNKNOWN, track.condition(ConditionType.HOUSING).status());

        track.recordConsent(Consent.REFUSED, TODAY, TODAY, "Anna Jansen");
        assertThrows(ProblemException.class, () -> track.recordCondition(ConditionType.HOUSING,
                ConditionStatus.ACTION_NEEDED, null, null, Instant.now(), "coordinator"));
        track.recordCondition(ConditionType.HOUSING, ConditionStatus.UNKNOWN, null, "asked again later", Instant.now(),
                "coordinator");
        assertEquals("asked again later", track.condition(ConditionType.HOUSING).notes());
    }

    @Test
    void withConsentAllConditionsDoneMakeTheTrackReady() {
        Track track = fromTriage();
        track.recordConsent(Consent.GIVEN, TODAY, TODAY, "Anna Jansen");
        ConditionStatus[] done = {ConditionStatus.IN_ORDER, ConditionStatus.ARRANGED, ConditionStatus.NOT_APPLICABLE,
                ConditionStatus.ARRANGED, ConditionStatus.IN_ORDER};
        for (int i = 0; i < done.length; i++) {
            assertFalse(track.readyForRelease());
            track.recordCondition(ConditionType.values()[i], done[i], "partner", null, Instant.now(), "anna");
        }
        assertTrue(track.readyForRelease());
        assertEquals("anna", track.condition(ConditionType.CARE).updatedBy());
    }

    @Test
    void consentGivenOrRefusedNeedsADateThatIsNotInTheFuture() {
        Track track = fromTriage();
        assertEquals("date", field(assertThrows(ProblemException.class,
                () -> track.recordConsent(Consent.GIVEN, null, TODAY, "Anna Jansen"))));
        assertEquals("date", field(assertThrows(ProblemException.class,
                () -> track.recordConsent(Consent.REFUSED, TODAY.plusDays(1), TODAY, "Anna Jansen"))));
        assertEquals(Consent.NOT_ASKED, track.consent());
        assertNull(track.coordinator(), "a refused change changes nothing");
    }

    @Test
    void notAskedClearsTheConsentDate() {
        Track track = fromTriage();
        track.recordConsent(Consent.GIVEN, TODAY.minusDays(2), TODAY, "Anna Jansen");
        assertEquals(TODAY.minusDays(2), track.consentDate());
        track.recordConsent(Consent.NOT_ASKED, TODAY, TODAY, "Anna Jansen");
        assertNull(track.consentDate());
    }

    @Test
    void whoRecordsConsentFirstBecomesCoordinatorUntilOneIsAssigned() {
        Track track = fromTriage();
        track.recordConsent(Consent.GIVEN, TODAY, TODAY, "Anna Jansen");
        track.recordConsent(Consent.GIVEN, TODAY, TODAY, "Piet Bakker");
        assertEquals("Anna Jansen", track.coordinator());
        track.assignCoordinator("Piet Bakker");
        assertEquals("Piet Bakker", track.coordinator());
        assertThrows(ProblemException.class, () -> track.assignCoordinator(" "));
        assertEquals("Piet Bakker", track.coordinator());
    }

    @Test
    void theReleaseRecordsWhetherTheTrackWasReady() {
        Track track = detention(TODAY.minusMonths(3));
        track.release(TODAY);
        assertTrue(track.released());
        assertEquals(TODAY, track.releaseDate());
        assertEquals(Boolean.FALSE, track.readyAtRelease());
    }

    @Test
    void aReleaseBeforeTheDetentionIsRefused() {
        Track track = detention(TODAY.minusMonths(3));
        assertEquals("releaseDate",
                field(assertThrows(ProblemException.class, () -> track.release(TODAY.minusMonths(4)))));
        assertFalse(track.released());
    }

    @Test
    void djiChangesTheExpectedReleaseAndTheInstitution() {
        Track track = detention(TODAY.minusMonths(3));
        track.expectReleaseOn(TODAY.plusDays(10));
        track.transferTo("PI Vught");
        assertEquals(TODAY.plusDays(10), track.releaseDate());
        assertEquals("PI Vught", track.institution());
    }

    @Test
    void aTrackClosesOnceWithAReasonAndItsStatusFollowsWhereItStands() {
        Track track = detention(TODAY.minusMonths(2));
        assertEquals(TrackStatus.OPEN_CONDITIONS, track.status());
        track.recordConsent(Consent.GIVEN, TODAY, TODAY, "Anna Jansen");
        assertEquals("Anna Jansen", track.consentRecordedBy());
        for (ConditionType type : ConditionType.values()) {
            track.recordCondition(type, ConditionStatus.IN_ORDER, null, null, Instant.now(), "coordinator");
        }
        assertEquals(TrackStatus.READY_FOR_RELEASE, track.status());
        track.release(TODAY);
        assertEquals(TrackStatus.RELEASED, track.status());

        assertEquals("note",
                field(assertThrows(ProblemException.class, () -> track.close(CloseReason.OTHER, " ", TODAY, TODAY))));
        assertEquals("closedOn", field(assertThrows(ProblemException.class,
                () -> track.close(CloseReason.COMPLETED, null, TODAY.plusDays(1), TODAY))));
        assertEquals("closedOn", field(assertThrows(ProblemException.class,
                () -> track.close(CloseReason.COMPLETED, null, TODAY.minusMonths(3), TODAY))));
        assertNull(track.closure());
        track.close(CloseReason.COMPLETED, null, TODAY, TODAY);
        assertEquals(TrackStatus.CLOSED, track.status());
        assertEquals(new TrackView.Closure(TODAY, CloseReason.COMPLETED, null), track.closure());
        assertEquals("reason", field(
                assertThrows(ProblemException.class, () -> track.close(CloseReason.OTHER, "again", TODAY, TODAY))));
    }
}
