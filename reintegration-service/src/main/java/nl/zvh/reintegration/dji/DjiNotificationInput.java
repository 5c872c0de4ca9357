package nl.zvh.reintegration.dji;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.zvh.platform.validation.Bsn;

/**
 * A notification as DJI sends it. {@code notificationId} is DJI's own id (the idempotency key), {@code detentionId}
 * DJI's reference of the detention that all notifications about it share. Which other fields are required depends on
 * the type: DETENTION_STARTED needs person, institution, detentionDate and municipality (expectedReleaseDate
 * optional); RELEASE_DATE_CHANGED needs expectedReleaseDate; TRANSFERRED needs institution (transferDate optional);
 * RELEASED needs releaseDate.
 */
public record DjiNotificationInput(@NotBlank @Size(max = 100) String notificationId, @NotNull NotificationType type,
        @NotBlank @Size(max = 100) String detentionId, @Valid Detainee person, @Size(max = 200) String institution,
        LocalDate detentionDate, LocalDate expectedReleaseDate, @Size(max = 100) String municipality,
        LocalDate releaseDate, LocalDate transferDate) {

    /** The detainee as DJI knows them. */
    public record Detainee(@NotBlank @Size(max = 100) String firstName, @Size(max = 30) String surnamePrefix,
            @NotBlank @Size(max = 100) String lastName, @NotNull @Past LocalDate dateOfBirth, @Bsn String bsn,
            @NotBlank @Size(max = 50) String djiPersonNumber) {
    }
}
