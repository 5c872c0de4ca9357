package nl.zvh.platform.subject;

import java.util.UUID;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.validation.BsnValidator;

/**
 * Who the privacy officer asks about: exactly one of a BSN (eleven-test) or a platform person id; and whether this is
 * the draft the officer reviews or the export released to the data subject (audited with its own purpose).
 */
public record SubjectQuery(String bsn, UUID personId, boolean release) {
    /** The audit purpose of composing the draft. */
    public static final String PURPOSE = "data-subject-access";
    /** The audit purpose of releasing the reviewed export to the data subject. */
    public static final String RELEASE_PURPOSE = "data-subject-access-released";

    public SubjectQuery(String bsn, UUID personId) {
        this(bsn, personId, false);
    }

    /** The audit purpose of this query: draft or release. */
    public String purpose() {
        return release ? RELEASE_PURPOSE : PURPOSE;
    }

    /** The query for the released export. */
    public SubjectQuery released() {
        return new SubjectQuery(bsn, personId, true);
    }

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
