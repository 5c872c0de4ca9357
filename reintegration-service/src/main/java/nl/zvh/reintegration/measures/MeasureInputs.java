package nl.zvh.reintegration.measures;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Request bodies of the BIJ, ISD and article 18b endpoints. */
public final class MeasureInputs {
    private MeasureInputs() {
    }

    /** The mayor was informed about the return. */
    public record NewBij(@NotNull BijItem.OffenceCategory offenceCategory,
            @NotNull @PastOrPresent LocalDate mayorNotifiedOn) {
    }

    /** The mayor's assessment and the measures decided. */
    public record MayorAssessment(@NotNull BijItem.Assessment assessment, @NotNull @PastOrPresent LocalDate assessedOn,
            @Size(max = 2000) String measures) {
    }

    /** A new ISD order with its first phases. */
    public record NewIsdOrder(@NotNull LocalDate termStart, @NotNull LocalDate termEnd,
            @Size(max = 10) List<@NotNull @Valid NewPhase> phases) {
    }

    /** A phase of an ISD order. */
    public record NewPhase(@NotNull IsdPhase.Phase phase, @NotNull LocalDate startsOn, @Size(max = 1000) String notes) {
    }

    /** An article 18b request. */
    public record NewArticle18b(@NotNull Article18bExchange.Direction direction,
            @NotNull @PastOrPresent LocalDate requestedOn, @NotBlank @Size(max = 2000) String question) {
    }

    /** The answer to an article 18b request. */
    public record Article18bAnswer(@NotNull @PastOrPresent LocalDate answeredOn,
            @NotBlank @Size(max = 2000) String answer) {
    }
}
