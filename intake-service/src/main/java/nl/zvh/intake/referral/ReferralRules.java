package nl.zvh.intake.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import nl.zvh.intake.reference.ReferenceData;
import nl.zvh.platform.problem.Problem;
import nl.zvh.platform.problem.ProblemException;

/**
 * The validation of a referral, the same for the API and the portal form: Bean Validation of the request record
 * plus the rules that need the house's reference data. A draft is checked leniently (only what is filled in), a
 * submission completely.
 */
@ApplicationScoped
public class ReferralRules {

    @Inject
    ReferenceData referenceData;

    @Inject
    Validator validator;

    /** Field errors of a draft: format of what is filled in, and known reference data. */
    public List<Problem.FieldError> checkDraft(String house, DraftReferral draft) {
        List<Problem.FieldError> errors = new ArrayList<>(violations(validator.validate(draft)));
        errors.addAll(referenceErrors(house, draft.municipality(), draft.problemAreas()));
        return sorted(errors);
    }

    /** Field errors of a submission: everything required and valid. */
    public List<Problem.FieldError> checkSubmission(String house, NewReferral referral) {
        List<Problem.FieldError> errors = new ArrayList<>(violations(validator.validate(referral)));
        errors.addAll(referenceErrors(house, referral.municipality(), referral.problemAreas()));
        if (referral.personInformed() != null && referral.personInformed() != PersonInformed.INFORMED
                && (referral.notInformedReason() == null || referral.notInformedReason().isBlank())) {
            errors.add(new Problem.FieldError("notInformedReason", "is required when the person was not informed"));
        }
        return sorted(errors);
    }

    /** Throws the 400 problem when there are errors. */
    static void requireNone(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.validation(errors));
        }
    }

    private List<Problem.FieldError> referenceErrors(String house, String municipality, Set<String> problemAreas) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (municipality != null && !municipality.isBlank() && !referenceData.isMunicipalityOf(house, municipality)) {
            errors.add(new Problem.FieldError("municipality", "is not a municipality of this house"));
        }
        if (problemAreas != null) {
            for (String code : problemAreas) {
                if (code != null && !referenceData.isProblemArea(house, code)) {
                    errors.add(new Problem.FieldError("problemAreas", "unknown problem area: " + code));
                    break;
                }
            }
        }
        return errors;
    }

    private static <T> List<Problem.FieldError> violations(Set<ConstraintViolation<T>> violations) {
        return violations.stream().map(v -> new Problem.FieldError(path(v), v.getMessage())).toList();
    }

    /** "systemMembers[0].lastName", as the API's problem responses name fields. */
    private static String path(ConstraintViolation<?> v) {
        return v.getPropertyPath().toString();
    }

    private static List<Problem.FieldError> sorted(List<Problem.FieldError> errors) {
        return errors.stream().sorted(Comparator.comparing(Problem.FieldError::field)).toList();
    }
}
