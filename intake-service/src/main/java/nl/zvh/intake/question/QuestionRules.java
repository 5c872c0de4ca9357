package nl.zvh.intake.question;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import nl.zvh.intake.reference.ReferenceData;
import nl.zvh.platform.problem.Problem;

/**
 * The rules of a question and an answer, the same for the API and the pages: each broken rule is a field error
 * named like the JSON field ({@code person.lastName}, {@code minutesSpent}).
 */
@ApplicationScoped
public class QuestionRules {
    static final int MAX_TEXT = 4000;
    static final int MAX_NAME = 200;
    static final int MAX_PERSON_NAME = 100;

    @Inject
    ReferenceData referenceData;

    /** Errors of a new question; {@code byStaff}: channel, asker organisation and name are required. */
    public List<Problem.FieldError> check(String house, NewQuestion q, boolean byStaff) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (blank(q.municipality())) {
            errors.add(new Problem.FieldError("municipality", "is required"));
        } else if (!referenceData.isMunicipalityOf(house, q.municipality().strip())) {
            errors.add(new Problem.FieldError("municipality", "is not a municipality of this house"));
        }
        if (blank(q.kind())) {
            errors.add(new Problem.FieldError("kind", "is required"));
        } else if (kind(q.kind()) == null) {
            errors.add(new Problem.FieldError("kind", "must be ADVICE or INFORMATION"));
        }
        if (byStaff) {
            QuestionChannel channel = channel(q.channel());
            if (blank(q.channel())) {
                errors.add(new Problem.FieldError("channel", "is required"));
            } else if (channel == null || channel == QuestionChannel.PORTAL) {
                errors.add(new Problem.FieldError("channel", "must be PHONE, EMAIL or IN_PERSON"));
            }
            text(errors, "askerOrganisation", q.askerOrganisation(), MAX_NAME, true);
            text(errors, "askerName", q.askerName(), MAX_NAME, true);
        }
        text(errors, "text", q.text(), MAX_TEXT, true);
        NewQuestion.PersonInput p = q.person();
        if (p != null) {
            text(errors, "person.firstName", p.firstName(), MAX_PERSON_NAME, false);
            text(errors, "person.lastName", p.lastName(), MAX_PERSON_NAME, false);
            boolean named = !blank(p.firstName()) || !blank(p.lastName()) || !blank(p.dateOfBirth());
            if (named && blank(p.lastName())) {
                errors.add(new Problem.FieldError("person.lastName", "is required when the person is named"));
            }
            if (!blank(p.dateOfBirth())) {
                LocalDate date = date(p.dateOfBirth());
                if (date == null) {
                    errors.add(new Problem.FieldError("person.dateOfBirth", "must be a date (yyyy-mm-dd)"));
                } else if (date.isAfter(LocalDate.now(ZoneId.of("Europe/Amsterdam")))) {
                    errors.add(new Problem.FieldError("person.dateOfBirth", "must not be in the future"));
                }
            }
        }
        return errors;
    }

    /** Errors of an answer: its text, and the minutes spent, required, 1 to {@value Question#MAX_MINUTES}. */
    public List<Problem.FieldError> check(AnswerRequest a) {
        List<Problem.FieldError> errors = new ArrayList<>();
        text(errors, "answer", a.answer(), MAX_TEXT, true);
        if (a.minutesSpent() == null) {
            errors.add(new Problem.FieldError("minutesSpent", "is required"));
        } else if (a.minutesSpent() < 1 || a.minutesSpent() > Question.MAX_MINUTES) {
            errors.add(new Problem.FieldError("minutesSpent", "must be between 1 and " + Question.MAX_MINUTES));
        }
        if (!blank(a.kind()) && kind(a.kind()) == null) {
            errors.add(new Problem.FieldError("kind", "must be ADVICE or INFORMATION"));
        }
        return errors;
    }

    private static void text(List<Problem.FieldError> errors, String field, String value, int max, boolean required) {
        if (blank(value)) {
            if (required) {
                errors.add(new Problem.FieldError(field, "is required"));
            }
        } else if (value.strip().length() > max) {
            errors.add(new Problem.FieldError(field, "must be at most " + max + " characters"));
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static String strip(String value) {
        return blank(value) ? null : value.strip();
    }

    static QuestionKind kind(String value) {
        return parse(QuestionKind.class, value);
    }

    static QuestionChannel channel(String value) {
        return parse(QuestionChannel.class, value);
    }

    static LocalDate date(String value) {
        try {
            return blank(value) ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
