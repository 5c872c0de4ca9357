package nl.zvh.lifecourse.cter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of the CTER API, and the event it publishes. */
public final class CterRequests {
    public static final String TOPIC = "zvh.lifecourse.cter";
    public static final String OUTCOME_DECIDED = "CterOutcomeDecided";

    private CterRequests() {
    }

    public record NewPerson(@NotBlank @Size(max = 100) String municipality, UUID personId,
                            @Size(max = 100) String firstName, @NotBlank @Size(max = 200) String lastName,
                            @NotBlank @Size(max = 200) String source, @NotNull Ideology ideology) {
    }

    // attendees are stored joined in varchar(2000): at most 19 of at most 100 characters (more was a 500)
    public record NewSession(@NotNull LocalDate date,
                             @NotEmpty @Size(max = 19) List<@NotBlank @Size(max = 100) String> attendees) {
    }

    /** The municipality's safety officer must be named as invited for each weighing. */
    public record NewWeighing(@NotNull UUID cterPersonId, @NotBlank @Size(max = 200) String safetyOfficer,
                              @NotNull CterOutcome outcome, @Size(max = 2000) String followUp,
                              LocalDate reviewDate) {
    }

    public record PersonView(UUID id, UUID personId, String fullName, String municipality, String source,
                             Ideology ideology, CterOutcome outcome, String followUp, LocalDate reviewDate,
                             Instant reportedAt) {
        static PersonView of(CterPerson p) {
            return new PersonView(p.id, p.personId, p.fullName(), p.municipality, p.source, p.ideology, p.outcome,
                    p.followUp, p.reviewDate, p.reportedAt);
        }
    }

    public record WeighingView(UUID id, UUID cterPersonId, String fullName, String safetyOfficer,
                               CterOutcome outcome, String followUp, LocalDate reviewDate, String decidedBy) {
        static WeighingView of(CterWeighing w) {
            return new WeighingView(w.id, w.person.id, w.person.fullName(), w.safetyOfficer, w.outcome, w.followUp,
                    w.reviewDate, w.decidedBy);
        }
    }

    public record SessionView(UUID id, LocalDate date, List<String> attendees, List<WeighingView> weighings) {
    }

    /** CterOutcomeDecided, version 1: ids, codes and dates only. */
    public record CterOutcomeDecidedV1(UUID cterPersonId, UUID personId, String house, String municipality,
                                       UUID sessionId, LocalDate sessionDate, Ideology ideology,
                                       CterOutcome outcome, LocalDate reviewDate, Instant decidedAt) {
    }
}
