package nl.zvh.platform.subject;

import java.util.UUID;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.validation.BsnValidator;

/** Who the privacy officer asks about: exactly one of a BSN (eleven-test) or a platform person id. */
public record SubjectQuery(String bsn, UUID personId) {
    public static final String PURPOSE = "data-subject-access";

    public static SubjectQuery of(String bsn, String personId) {
        boolean hasBsn = bsn != null && !bsn.isBlank();
        boolean hasId = personId != null && !personId.isBlank();
        if (hasBsn == hasId) {
            throw ProblemException.invalid(hasBsn ? "personId" : "bsn", "give exactly one of bsn or personId");
        }
        if (hasBsn) {
            if (!BsnValidator.isValidBsn(bsn.trim())) {
                throw ProblemException.invalid("bsn", "not a valid BSN");
            }
            return new SubjectQuery(bsn.trim(), null);
        }
        try {
            return new SubjectQuery(null, UUID.fromString(personId.trim()));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("personId", "not a valid person id");
        }
    }
}
