package nl.zvh.trafficking.signal;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Whether and when the victim was reported to CoMensha (the national coordination centre), and by whom; CoMensha's
 * reference when known. */
public record NationalRegistrationInput(boolean reported, @PastOrPresent LocalDate reportedOn,
        @Size(max = 200) String reportingOrganisation, @Size(max = 100) String reference) {
}
