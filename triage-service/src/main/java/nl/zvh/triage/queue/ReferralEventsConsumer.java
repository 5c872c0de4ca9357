package nl.zvh.triage.queue;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.zvh.platform.event.EventCodec;
import nl.zvh.platform.event.EventEnvelope;
import nl.zvh.platform.inbox.IdempotentConsumer;
import nl.zvh.triage.match.PossibleMatches;
import nl.zvh.triage.session.Agenda;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Puts submitted referrals in the triage queue and on the next session's agenda, and takes withdrawn ones out; each
 * event applied once.
 */
@ApplicationScoped
public class ReferralEventsConsumer {
    private static final Logger LOG = Logger.getLogger(ReferralEventsConsumer.class);
    static final String CONSUMER = "triage-queue";

    /** ReferralSubmitted v1 as triage reads it (owned by intake-service; possibleMatches optional). */
    public record ReferralSubmitted(UUID referralId, String house, String municipality, Instant submittedAt,
                                    String urgency, String referrerOrganisation, String referrerDomain,
                                    Set<String> problemAreas, String question, Person mainPerson,
                                    List<Person> systemMembers, List<PossibleMatches.Flagged> possibleMatches) {
    }

    /** A person of ReferralSubmitted v1 (gender optional: read when intake sends it). */
    public record Person(UUID personId, String role, String relation, String firstName, String surnamePrefix,
                         String lastName, LocalDate dateOfBirth, String bsn, String gender) {
    }

    /** ReferralWithdrawn v1. */
    public record ReferralWithdrawn(UUID referralId, String house, Instant withdrawnAt, String reason) {
    }

    @Inject
    IdempotentConsumer idempotent;
    @Inject
    EventCodec codec;
    @Inject
    Agenda agenda;
    @Inject
    PossibleMatches possibleMatches;

    @Incoming("referral-events")
    @Blocking
    public void onReferralEvent(String json) {
        idempotent.consume(CONSUMER, json, Set.of("ReferralSubmitted", "ReferralWithdrawn"), this::apply);
    }

    void apply(EventEnvelope envelope) {
        switch (envelope.type()) {
            case "ReferralSubmitted" -> enqueue(codec.payload(envelope, ReferralSubmitted.class));
            case "ReferralWithdrawn" -> withdraw(codec.payload(envelope, ReferralWithdrawn.class));
            default -> LOG.debugf("ignoring %s", envelope.type());
        }
    }

    private void enqueue(ReferralSubmitted event) {
        if (TriageReferral.findById(event.referralId()) != null) {
            return; // same referral under another event id: keep the first
        }
        TriageReferral referral = new TriageReferral();
        referral.referralId = event.referralId();
        referral.house = event.house();
        referral.municipality = event.municipality();
        referral.urgency = event.urgency();
        referral.submittedAt = event.submittedAt();
        referral.referrerOrganisation = event.referrerOrganisation();
        referral.referrerDomain = event.referrerDomain();
        referral.problemAreas = String.join(",", event.problemAreas());
        referral.question = event.question();
        referral.status = QueueStatus.WAITING;
        referral.receivedAt = Instant.now();
        List<Person> persons = new ArrayList<>();
        persons.add(event.mainPerson());
        if (event.systemMembers() != null) {
            persons.addAll(event.systemMembers());
        }
        for (Person p : persons) {
            TriagePerson person = new TriagePerson();
            person.personId = p.personId();
            person.referral = referral;
            person.role = p.role();
            person.relation = p.relation();
            person.firstName = p.firstName();
            person.surnamePrefix = p.surnamePrefix();
            person.lastName = p.lastName();
            person.dateOfBirth = p.dateOfBirth();
            person.bsn = p.bsn();
            person.gender = p.gender();
            person.position = referral.persons.size();
            referral.persons.add(person);
        }
        referral.persist();
        possibleMatches.record(referral, event.possibleMatches());
        agenda.scheduleSubmitted(referral);
    }

    private void withdraw(ReferralWithdrawn event) {
        TriageReferral referral = TriageReferral.findById(event.referralId());
        if (referral != null && referral.house.equals(event.house())) {
            referral.status = QueueStatus.WITHDRAWN;
            referral.withdrawnAt = event.withdrawnAt();
        }
    }
}
