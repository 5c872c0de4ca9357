package nl.zvh.lifecourse.cter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.event.EventType;

/**
 * Request and response bodies of the CTER API (a session: {@code sessions.NewSession}), and the event it publishes.
 */
public final class CterRequests {
    public static final String TOPIC = "zvh.lifecourse.cter";
    public static final String OUTCOME_DECIDED = "CterOutcomeDecided";
    /** CterOutcomeDecided v1 on {@value #TOPIC}, key: CTER person id. */
    public static final EventType<CterOutcomeDecidedV1> OUTCOME_DECIDED_V1 = EventType.of(TOPIC, OUTCOME_DECIDED, 1,
            CterOutcomeDecidedV1.class);

    public static final String APPROACH_HANDED_OVER = "CterApproachHandedOver";
    /**
     * CterApproachHandedOver v1 on {@value #TOPIC}, key: CTER person id: the outcome "ZVH person-oriented approach",
     * handed over to the house's process director once per change of outcome, with the person's name.
     */
    public static final EventType<CterApproachHandedOverV1> APPROACH_HANDED_OVER_V1 = EventType.of(TOPIC,
            APPROACH_HANDED_OVER, 1, CterApproachHandedOverV1.class);

    private CterRequests() {
    }

    public record NewPerson(@NotBlank @Size(max = 100) String municipality, UUID personId,
            @Size(max = 100) String firstName, @NotBlank @Size(max = 200) String lastName,
            @NotBlank @Size(max = 200) String source, @NotNull Ideology ideology) {
    }

    /**
     * The municipality's safety officer must be named as invited for each weighing; ideology categorises a person
     * who has none yet (put on the register by triage), or corrects the category.
     */
    public record NewWeighing(@NotNull UUID cterPersonId, @NotBlank @Size(max = 200) String safetyOfficer,
            @NotNull CterOutcome outcome, @Size(max = 2000) String followUp, LocalDate reviewDate, Ideology ideology) {
    }

    /** A person on the register; source TRIAGE with the referral when the triage table started the CTER approach. */
    public record PersonView(UUID id, UUID personId, String fullName, String municipality, String source,
            UUID sourceReferralId, Ideology ideology, CterOutcome outcome, String followUp, LocalDate reviewDate,
            Instant reportedAt, Instant approachHandedOverAt, LocalDate approachStartedOn) {
        public static PersonView of(CterPerson p) {
            return new PersonView(p.id(), p.personId(), p.fullName(), p.municipality(), p.source(),
                    p.sourceReferralId(), p.ideology(), p.outcome(), p.followUp(), p.reviewDate(), p.reportedAt(),
                    p.approachHandedOverAt(), p.approachStartedOn());
        }
    }

    public record WeighingView(UUID id, UUID cterPersonId, String fullName, String safetyOfficer, CterOutcome outcome,
            String followUp, LocalDate reviewDate, String decidedBy) {
    }

    public record SessionView(UUID id, LocalDate date, List<String> attendees, List<WeighingView> weighings) {
    }

    /** CterOutcomeDecided, version 1: ids, codes and dates only. */
    public record CterOutcomeDecidedV1(UUID cterPersonId, UUID personId, String house, String municipality,
            UUID sessionId, LocalDate sessionDate, Ideology ideology, CterOutcome outcome, LocalDate reviewDate,
            Instant decidedAt) {
    }

    /**
     * CterApproachHandedOver, version 1: the person-oriented approach for the process director to open, with the
     * person as the register knows them.
     */
    public record CterApproachHandedOverV1(UUID cterPersonId, UUID sessionId, String house, String municipality,
            Instant decidedAt, HandedOverPerson person) {
    }

    /** The person handed over; surname prefix, birth date and BSN are null when the register has none. */
    public record HandedOverPerson(UUID personId, String firstName, String surnamePrefix, String lastName,
            LocalDate dateOfBirth, String bsn) {
    }
}
