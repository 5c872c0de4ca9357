package nl.zvh.intake.question;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A question as the API shows it: the asker, the question, the person it concerns ({@code null} when asked
 * anonymously), the answer with who gave it, when and in how many minutes, and the referral it became.
 */
public record QuestionView(UUID id, String house, String municipality, QuestionKind kind, QuestionChannel channel,
        QuestionStatus status, String askerOrganisation, String askerName, String enteredBy, String text,
        PersonView person, Instant askedAt, String answer, String answeredBy, Instant answeredAt, Integer minutesSpent,
        UUID referralId, Instant becameReferralAt) {

    /** The person the question concerns. */
    public record PersonView(UUID id, String firstName, String lastName, LocalDate dateOfBirth) {
        /** "Jan Jansen", for pages. */
        public String fullName() {
            return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        }
    }

    /** The question's first 80 characters, for lists. */
    public String summary() {
        return text == null || text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }

    static QuestionView of(Question q) {
        Question.Person p = q.person();
        return new QuestionView(q.id(), q.house(), q.municipality(), q.kind(), q.channel(), q.status(),
                q.askerOrganisation(), q.askerName(), q.enteredByName(), q.text(),
                q.named() ? new PersonView(q.personId(), p.firstName(), p.lastName(), p.dateOfBirth()) : null,
                q.askedAt(), q.answer(), q.answeredByName(), q.answeredAt(), q.minutesSpent(), q.referralId(),
                q.becameReferralAt());
    }
}
