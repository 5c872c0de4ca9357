package nl.zvh.intake.question;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import nl.zvh.platform.problem.ProblemException;

/**
 * An advice or information question to a house (adviesvraag, vraag aan het informatieknooppunt) and its rules: an
 * open question is answered once, with the time spent; an open or answered question becomes a referral once. A
 * transition that is not allowed is a 409 problem. The person it concerns is optional; when named it has its own
 * person id, the reference in the audit log.
 */
@Entity
@Table(name = "question")
public class Question extends PanacheEntityBase {
    /** The longest time one answer may record: a working day and more is not an advice question any more. */
    public static final int MAX_MINUTES = 1440;

    @Id
    private UUID id;

    private String house;

    private String municipality;

    @Enumerated(EnumType.STRING)
    private QuestionKind kind;

    @Enumerated(EnumType.STRING)
    private QuestionChannel channel;

    @Enumerated(EnumType.STRING)
    private QuestionStatus status;

    private String askerOrganisation;
    /** The asker's name and function as typed, or the signed-in referrer's name. */
    private String askerName;
    /** The signed-in referrer who asked in the portal; null when staff entered it. */
    private String askerUserId;

    private String enteredByUserId;

    private String enteredByName;

    private String text;

    private UUID personId;

    private String personFirstName;

    private String personLastName;

    private LocalDate personDateOfBirth;

    private Instant askedAt;

    private String answer;

    private String answeredByUserId;

    private String answeredByName;

    private Instant answeredAt;

    private Integer minutesSpent;

    private UUID referralId;

    private Instant becameReferralAt;
    /** Set when the retention round anonymised the question: kept for the figures only, never shown. */
    private Instant erasedAt;

    @Version
    private int version;

    /** For Hibernate. */
    protected Question() {
    }

    /** The person a question concerns; all null when it is asked anonymously. */
    public record Person(String firstName, String lastName, LocalDate dateOfBirth) {
        public boolean named() {
            return firstName != null || lastName != null;
        }
    }

    /** Who asked, and who typed it in (null when the asker did, in the portal). */
    public record Asker(String organisation, String name, String userId, String enteredByUserId, String enteredByName) {
    }

    /** A new open question. */
    public static Question ask(String house, String municipality, QuestionKind kind, QuestionChannel channel,
            Asker asker, String text, Person person, Instant at) {
        Question q = new Question();
        q.id = UUID.randomUUID();
        q.house = Objects.requireNonNull(house, "house");
        q.municipality = Objects.requireNonNull(municipality, "municipality");
        q.kind = Objects.requireNonNull(kind, "kind");
        q.channel = Objects.requireNonNull(channel, "channel");
        q.status = QuestionStatus.OPEN;
        q.askerOrganisation = Objects.requireNonNull(asker.organisation(), "organisation");
        q.askerName = asker.name();
        q.askerUserId = asker.userId();
        q.enteredByUserId = asker.enteredByUserId();
        q.enteredByName = asker.enteredByName();
        q.text = Objects.requireNonNull(text, "text");
        if (person != null && person.named()) {
            q.personId = UUID.randomUUID();
            q.personFirstName = person.firstName();
            q.personLastName = person.lastName();
            q.personDateOfBirth = person.dateOfBirth();
        }
        q.askedAt = at;
        return q;
    }

    /** The house's answer with the minutes it took; only an open question is answered. */
    public void answer(String answer, int minutes, String byUserId, String byName, Instant at) {
        if (status != QuestionStatus.OPEN) {
            throw ProblemException.conflict("Only an open question can be answered; it is " + status);
        }
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw new IllegalArgumentException("minutes " + minutes);
        }
        this.answer = Objects.requireNonNull(answer, "answer");
        this.minutesSpent = minutes;
        this.answeredByUserId = byUserId;
        this.answeredByName = byName;
        this.answeredAt = at;
        this.status = QuestionStatus.ANSWERED;
    }

    /** The house counts the question as another kind than the asker chose. */
    public void reclassify(QuestionKind kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** Refuses a question that already became a referral (409). */
    public void requireNotReferred() {
        if (status == QuestionStatus.BECAME_REFERRAL) {
            throw ProblemException.conflict("The question already became referral " + referralId);
        }
    }

    /** The question became the referral {@code referralId} (it keeps its answer, if any). */
    public void becameReferral(UUID referralId, Instant at) {
        requireNotReferred();
        this.referralId = Objects.requireNonNull(referralId, "referralId");
        this.becameReferralAt = at;
        this.status = QuestionStatus.BECAME_REFERRAL;
    }

    public boolean named() {
        return personId != null;
    }

    public UUID id() {
        return id;
    }

    public String house() {
        return house;
    }

    public String municipality() {
        return municipality;
    }

    public QuestionKind kind() {
        return kind;
    }

    public QuestionChannel channel() {
        return channel;
    }

    public QuestionStatus status() {
        return status;
    }

    public String askerOrganisation() {
        return askerOrganisation;
    }

    public String askerName() {
        return askerName;
    }

    public String askerUserId() {
        return askerUserId;
    }

    public String enteredByName() {
        return enteredByName;
    }

    public String text() {
        return text;
    }

    public UUID personId() {
        return personId;
    }

    public Person person() {
        return new Person(personFirstName, personLastName, personDateOfBirth);
    }

    public Instant askedAt() {
        return askedAt;
    }

    public String answer() {
        return answer;
    }

    public String answeredByName() {
        return answeredByName;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public Integer minutesSpent() {
        return minutesSpent;
    }

    public UUID referralId() {
        return referralId;
    }

    public Instant becameReferralAt() {
        return becameReferralAt;
    }
}
