package nl.zvh.intake.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Plain unit test of {@link Referral}: a new referral is its referrer's draft; only a draft is changed or submitted. */
class ADraftIsFiledByItsReferrerAndChangedOnlyUntilSubmittedTest {

    @Test
    void aNewReferralIsADraftOfItsReferrerWithItsPersons() {
        Referral referral = Drafts.draft();

        assertEquals(ReferralStatus.DRAFT, referral.status());
        assertEquals(Drafts.CREATED, referral.createdAt());
        assertNull(referral.submittedAt());
        assertEquals("Politie Zeeland-West-Brabant", referral.referrer().organisation());
        assertEquals("Piet Agent", referral.referrer().displayName());
        assertEquals("Jan van der Berg", referral.mainPerson().fullName(), "names stripped and joined");
        assertEquals("Fatima El Amrani", referral.systemMembers().get(0).fullName(), "blank prefix left out");
        assertNull(referral.triedAlready(), "blank text is not kept");
        for (ReferralPerson person : referral.persons()) {
            assertEquals(person.id(), person.identity().personId(), "the person's id is its platform person id");
        }
    }

    @Test
    void aDraftIsRevisedAsAWhole() {
        Referral referral = Drafts.draft();
        var before = referral.mainPerson().id();

        referral.revise(Drafts.content("Another question"));

        assertEquals("Another question", referral.question());
        assertEquals(2, referral.persons().size(), "the persons are replaced, not added");
        assertTrue(!before.equals(referral.mainPerson().id()));
        assertEquals(ReferralStatus.DRAFT, referral.status());
    }

    @Test
    void submittingMakesTheDraftSubmittedAtThatMoment() {
        Referral referral = Drafts.draft();
        Instant at = Drafts.CREATED.plusSeconds(600);

        referral.submit(at);

        assertEquals(ReferralStatus.SUBMITTED, referral.status());
        assertEquals(at, referral.submittedAt());
    }

    @Test
    void aSubmittedReferralIsNeitherRevisedNorSubmittedAgain() {
        Referral referral = Drafts.submitted();

        ReferralStateConflict revised = assertThrows(ReferralStateConflict.class,
                () -> referral.revise(Drafts.content("Changed afterwards")));
        assertThrows(ReferralStateConflict.class, () -> referral.submit(Instant.now()));

        assertEquals("Only a draft can be changed or submitted; it is SUBMITTED", revised.getMessage());
        assertEquals("Escalating violence", referral.question(), "the refused change left the content as it was");
    }

    @Test
    void aWithdrawnDraftIsNotSubmitted() {
        Referral referral = Drafts.draft();
        referral.withdraw(null, Instant.now());

        assertThrows(ReferralStateConflict.class, () -> referral.submit(Instant.now()));
        assertEquals(ReferralStatus.WITHDRAWN, referral.status());
    }
}
