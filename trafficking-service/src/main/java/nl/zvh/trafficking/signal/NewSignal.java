package nl.zvh.trafficking.signal;

import jakarta.validation.Valid;
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
import nl.zvh.platform.validation.Bsn;

/**
 * A signal as the coordinator or a partner system registers it. House, reporting organisation and channel come from
 * the token, never from the body. {@code primaryExploitationType} is required when several types are given.
 */
public record NewSignal(@Size(max = 100) String externalReference, @PastOrPresent LocalDate receivedOn,
        @NotNull SourceType sourceType, @Size(max = 200) String sourceName, @NotNull @Valid VictimInput presumedVictim,
        @Size(max = 20) List<@NotNull @Valid OtherPersonInput> otherPersons,
        @NotEmpty @Size(max = 6) Set<@NotNull ExploitationType> exploitationTypes,
        ExploitationType primaryExploitationType, @Size(max = 30) List<@NotBlank @Size(max = 500) String> indicators,
        @NotNull ResidenceStatus residenceStatus, @NotBlank @Size(max = 100) String municipality, boolean alsoSuspect,
        @Size(max = 4000) String victimPerspective, @Size(max = 4000) String perpetratorPerspective,
        @Size(max = 4000) String description) {

    /** The presumed victim; names may be unknown at first (then at least an estimated age or nationality helps). */
    public record VictimInput(@Size(max = 100) String firstName, @Size(max = 30) String surnamePrefix,
            @Size(max = 100) String lastName, @PastOrPresent LocalDate dateOfBirth,
            @Min(0) @Max(120) Integer estimatedAge, @Size(max = 100) String nationality, @Bsn String bsn) {
    }

    /** Another person involved (presumed exploiter, recruiter, family member, ...). */
    public record OtherPersonInput(@NotNull PersonRole role, @Size(max = 100) String firstName,
            @Size(max = 30) String surnamePrefix, @Size(max = 100) String lastName,
            @PastOrPresent LocalDate dateOfBirth, @Size(max = 100) String nationality, @Size(max = 1000) String notes) {
    }
}
