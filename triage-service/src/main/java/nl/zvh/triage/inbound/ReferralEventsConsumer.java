package nl.zvh.triage.inbound;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.zvh.platform.event.EventType;
import nl.zvh.platform.inbox.IdempotentConsumer;
import nl.zvh.platform.person.PersonIdentity;
import nl.zvh.triage.decision.Decisions;
import nl.zvh.triage.decision.Outcome;
import nl.zvh.triage.decision.Programme;
import nl.zvh.triage.match.PossibleMatches;
import nl.zvh.triage.national.NationalIndex;
import nl.zvh.triage.queue.Referrals;
import nl.zvh.triage.queue.TriageReferral;
import nl.zvh.triage.session.Agenda;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Puts submitted referrals in the triage queue, with intake's possible duplicates, in the national index and on the
 * next session's agenda; takes withdrawn ones out. Each event applied once.
 */
@ApplicationScoped
public class ReferralEventsConsumer {
    static final String CONSUMER = "triage-queue";
    /** intake-service's referral topic. */
    static final String TOPIC = "zvh.intake.referral";

    /** ReferralSubmitted v1 as triage reads it (owned by intake-service; possibleMatches optional). */
    public record ReferralSubmitted(UUID referralId, String house, String municipality, Instant submittedAt,
            String urgency, String referrerOrganisation, String referrerDomain, Set<String> problemAreas,
            String question, Person mainPerson, List<Person> systemMembers,
            List<PossibleMatches.Flagged> possibleMatches) {
        public static final EventType<ReferralSubmitted> V1 = EventType.of(TOPIC, "ReferralSubmitted", 1,
                ReferralSubmitted.class);

        TriageReferral.Submission submission() {
            return new TriageReferral.Submission(referralId, house, municipality, urgency, submittedAt,
                    referrerOrganisation, referrerDomain, problemAreas, question);
        }

        /** The main person first, then the members of the system. */
        List<TriageReferral.SubmittedPerson> persons() {
            List<Person> all = new ArrayList<>();
            all.add(mainPerson);
            if (systemMembers != null) {
                all.addAll(systemMembers);
            }
            return all.stream().map(Person::submitted).toList();
        }
    }

    /** A person of ReferralSubmitted v1 (gender optional: read when intake sends it). */
    public record Person(UUID personId, String role, String relation, String firstName, String surnamePrefix,
            String lastName, LocalDate dateOfBirth, String bsn, String gender) {
        TriageReferral.SubmittedPerson submitted() {
            return new TriageReferral.SubmittedPerson(
                    new PersonIdentity(personId, firstName, surnamePrefix, lastName, dateOfBirth, bsn), role, relation,
                    gender);
        }
    }

    /**
     * ReferralImported v1 as triage reads it (owned by intake-service): a referral of the house's previous system with
     * the table's outcome then (outcome and decidedAt), or withdrawn then (withdrawnAt).
     */
    public record ReferralImported(UUID referralId, String house, String municipality, Instant submittedAt,
            String urgency, String referrerOrganisation, String referrerDomain, Set<String> problemAreas,
            Person mainPerson, List<Person> systemMembers, String outcome, String programme, Instant decidedAt,
            Instant withdrawnAt) {
        public static final EventType<ReferralImported> V1 = EventType.of(TOPIC, "ReferralImported", 1,
                ReferralImported.class);

        TriageReferral.Submission submission() {
            return new TriageReferral.Submission(referralId, house, municipality, urgency == null ? "NORMAL" : urgency,
                    submittedAt, referrerOrganisation, referrerDomain, problemAreas == null ? Set.of() : problemAreas,
                    "");
        }

        List<TriageReferral.SubmittedPerson> persons() {
            List<Person> all = new ArrayList<>();
            all.add(mainPerson);
            if (systemMembers != null) {
                all.addAll(systemMembers);
            }
            return all.stream().map(Person::submitted).toList();
        }
    }

    /** ReferralWithdrawn v1 as triage reads it (owned by intake-service). */
    public record ReferralWithdrawn(UUID referralId, String house, Instant withdrawnAt, String reason) {
        public static final EventType<ReferralWithdrawn> V1 = EventType.of(TOPIC, "ReferralWithdrawn", 1,
                ReferralWithdrawn.class);
    }

    @Inject
    IdempotentConsumer idempotent;

    @Inject
    Referrals referrals;

    @Inject
    Agenda agenda;

    @Inject
    PossibleMatches possibleMatches;

    @Inject
    NationalIndex nationalIndex;

    @Inject
    Decisions decisions;

    @Incoming("referral-events")
    @Blocking
    public void onReferralEvent(ConsumerRecord<String, String> record) {
        // each call skips the other type (and any type triage does not handle) before touching the database
        idempotent.consume(CONSUMER, record, ReferralSubmitted.V1, (envelope, submitted) -> enqueue(submitted));
        idempotent.consume(CONSUMER, record, ReferralImported.V1, (envelope, imported) -> takeOver(imported));
        idempotent.consume(CONSUMER, record, ReferralWithdrawn.V1, (envelope, withdrawn) -> referrals
                .withdraw(withdrawn.referralId(), withdrawn.house(), withdrawn.withdrawnAt()));
    }

    /** A referral of the house's history: decided or withdrawn then, never queued or scheduled; it is known nationally. */
    private void takeOver(ReferralImported event) {
        referrals.receiveImported(event.submission(), event.persons(), event.withdrawnAt()).ifPresent(referral -> {
            if (event.withdrawnAt() == null) {
                decisions.recordImported(referral, Outcome.valueOf(event.outcome()),
                        event.programme() == null ? null : Programme.valueOf(event.programme()), event.decidedAt());
            }
            nationalIndex.register(referral);
        });
    }

    private void enqueue(ReferralSubmitted event) {
        referrals.receive(event.submission(), event.persons()).ifPresent(referral -> {
            possibleMatches.record(referral, event.possibleMatches());
            nationalIndex.register(referral);
            agenda.scheduleSubmitted(referral);
        });
    }
}
