package nl.zvh.trafficking.registers;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Request bodies and views of the registers. */
public final class RegisterInputs {
    private RegisterInputs() {
    }

    /** A signals table session: attendees (organisation and/or name), signals discussed, follow-up. */
    public record NewSignalsTableSession(@NotNull @PastOrPresent LocalDate heldOn,
            @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 200) String> attendees,
            @Size(max = 100) Set<@NotNull UUID> signalsDiscussed, @Size(max = 4000) String followUp) {
    }

    /** A signals table session as recorded. */
    public record SignalsTableSessionView(UUID id, LocalDate heldOn, List<String> attendees, Set<UUID> signalsDiscussed,
            String followUp) {
        static SignalsTableSessionView of(SignalsTableSession s) {
            return new SignalsTableSessionView(s.id, s.heldOn, List.copyOf(s.attendees), Set.copyOf(s.signalsDiscussed),
                    s.followUp);
        }
    }

    /** A training or presentation given. */
    public record NewAwarenessSession(@NotNull @PastOrPresent LocalDate heldOn,
            @NotBlank @Size(max = 300) String audience, @NotBlank @Size(max = 200) String organisation,
            @Min(1) @Max(100000) int participants, @Size(max = 500) String topic) {
    }

    /** An awareness session as recorded. */
    public record AwarenessSessionView(UUID id, LocalDate heldOn, String audience, String organisation,
            int participants, String topic) {
        static AwarenessSessionView of(AwarenessSession s) {
            return new AwarenessSessionView(s.id, s.heldOn, s.audience, s.organisation, s.participants, s.topic);
        }
    }
}
