package nl.zvh.platform.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.event.EventType;
import nl.zvh.platform.person.PersonIdentity;

/**
 * {@code TriageDecided} v1 as the programmes read it (leniently: fields a programme does not need are ignored). The
 * event is owned and documented by triage-service ({@code nl.zvh.triage.decision.TriageDecided}); this is the
 * consumers' view of its published schema, kept in one place so five programmes cannot read it five ways.
 */
public record TriageDecision(UUID referralId, String house, Instant decidedAt, String outcome, String programme,
        String intensity, String subApproach, String municipality, String referrerOrganisation, String rationale,
        List<Person> persons) {
    /** The decision topic and type as the programmes read them. */
    public static final EventType<TriageDecision> V1 = EventType.of("zvh.triage.decision", "TriageDecided", 1,
            TriageDecision.class);
    /** The outcome that starts a programme; advice and no-action decisions start nothing. */
    public static final String APPROACH_STARTED = "APPROACH_STARTED";

    /** A person of the decision (gender optional: absent in decisions sent before it was added). */
    public record Person(UUID personId, String role, String relation, String firstName, String surnamePrefix,
            String lastName, LocalDate dateOfBirth, String bsn, String gender) {
        public static final String MAIN = "MAIN";

        public boolean main() {
            return MAIN.equals(role);
        }

        /** Who the person is, as the programmes store it. */
        public PersonIdentity identity() {
            return new PersonIdentity(personId, firstName, surnamePrefix, lastName, dateOfBirth, bsn);
        }

        /** The registered gender as sent (trimmed, upper case); null when absent, blank or longer than 20. */
        public String genderCode() {
            return gender == null || gender.isBlank() || gender.strip().length() > 20
                    ? null
                    : gender.strip().toUpperCase(java.util.Locale.ROOT);
        }
    }

    public TriageDecision {
        persons = persons == null ? List.of() : List.copyOf(persons);
    }

    /** True when this decision starts {@code programme}. */
    public boolean starts(String programme) {
        return APPROACH_STARTED.equals(outcome) && programme.equals(this.programme);
    }
}
