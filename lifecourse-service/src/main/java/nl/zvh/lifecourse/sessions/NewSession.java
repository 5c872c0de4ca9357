package nl.zvh.lifecourse.sessions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A meeting to record. Attendees are stored joined in varchar(2000): at most 19 of at most 100 characters (more was
 * a 500).
 */
public record NewSession(@NotNull LocalDate date,
        @NotEmpty @Size(max = 19) List<@NotBlank @Size(max = 100) String> attendees) {
}
