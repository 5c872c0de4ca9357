package nl.zvh.triage.queue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.zvh.platform.person.PersonIdentity;

/**
 * A referral as triage knows it (a copy of what ReferralSubmitted carried) and its state rules: received from intake
 * it waits for the table; only while it waits may it go on (or move between) session agendas, be scored, have its
 * familiarity checks answered, be decided (once) or be withdrawn by intake. A decided referral stays decided; a
 * withdrawn one stays withdrawn. The retention job may erase it (anonymised in place, never shown again).
 */
@Entity
@Table(name = "triage_referral")
public class TriageReferral extends PanacheEntityBase {
    @Id
    private UUID referralId;

    private String house;
    private String municipality;
    private String urgency;

    private Instant submittedAt;

    private String referrerOrganisation;

    private String referrerDomain;
    /** Comma-separated problem-area codes. */
    private String problemAreas;

    private String question;

    @Enumerated(EnumType.STRING)
    private QueueStatus status;

    private Instant receivedAt;

    private Instant withdrawnAt;
    /** Set when the retention job anonymised the referral: kept for the figures only, never shown. */
    private Instant erasedAt;

    /** W3C traceparent of receiving the referral: the table's decision continues this trace into the programme. */
    private String originTraceParent;

    @OneToMany(mappedBy = "referral", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @org.hibernate.annotations.BatchSize(size = 100) // lists of checks and agendas read the persons in batches
    private List<TriagePerson> persons = new ArrayList<>();

    /** What intake submitted about the referral itself. */
    public record Submission(UUID referralId, String house, String municipality, String urgency, Instant submittedAt,
            String referrerOrganisation, String referrerDomain, Collection<String> problemAreas, String question) {
    }

    /** A person of the submission: the main person first, then the members of the system. */
    public record SubmittedPerson(PersonIdentity identity, String role, String relation, String gender) {
    }

    protected TriageReferral() {
    }

    /** A referral intake submitted, received now: it waits for the table. */
    public static TriageReferral received(Submission submission, List<SubmittedPerson> persons, Instant receivedAt) {
        Objects.requireNonNull(submission.referralId(), "referralId");
        Objects.requireNonNull(submission.house(), "house");
        TriageReferral referral = new TriageReferral();
        referral.referralId = submission.referralId();
        referral.house = submission.house();
        referral.municipality = submission.municipality();
        referral.urgency = submission.urgency();
        referral.submittedAt = submission.submittedAt();
        referral.referrerOrganisation = submission.referrerOrganisation();
        referral.referrerDomain = submission.referrerDomain();
        referral.problemAreas = String.join(",", submission.problemAreas());
        referral.question = submission.question();
        referral.status = QueueStatus.WAITING;
        referral.receivedAt = receivedAt;
        for (SubmittedPerson p : persons) {
            referral.persons.add(new TriagePerson(referral, referral.persons.size(), p.identity(), p.role(),
                    p.relation(), p.gender()));
        }
        return referral;
    }

    /**
     * A referral of the house's previous system (intake's ReferralImported): received now, dealt with long ago, so
     * decided (the decision is the decision package's) or withdrawn at {@code withdrawnAt}; never on the queue.
     */
    public static TriageReferral imported(Submission submission, List<SubmittedPerson> persons, Instant receivedAt,
            Instant withdrawnAt) {
        TriageReferral referral = received(submission, persons, receivedAt);
        referral.status = withdrawnAt == null ? QueueStatus.DECIDED : QueueStatus.WITHDRAWN;
        referral.withdrawnAt = withdrawnAt;
        return referral;
    }

    /** Refuses to put the referral on an agenda (or move it) unless it waits for the table. */
    public void requireSchedulable() {
        refuseUnlessWaiting("Only referrals waiting for triage can be scheduled; this one is " + status);
    }

    /** Refuses a scoring with the instrument unless the referral waits for the table. */
    public void requireScorable() {
        refuseUnlessWaiting("The referral is " + status + "; it can no longer be scored");
    }

    /** Refuses a partner's answer to a familiarity check once the table has dealt with the referral. */
    public void requireOpenForChecks() {
        refuseUnlessWaiting("The table has already dealt with this referral (" + status + ")");
    }

    /** The table decided: only a referral waiting for triage is decided, and only once. */
    public void decide() {
        refuseUnlessWaiting("The referral is " + status + "; it cannot be decided again");
        status = QueueStatus.DECIDED;
    }

    /**
     * Intake withdrew the referral: off the queue and the agendas. Withdrawing it again changes nothing; a referral
     * the table already decided is not withdrawn (the decision stands).
     */
    public void withdraw(Instant at) {
        if (status == QueueStatus.WITHDRAWN) {
            return;
        }
        refuseUnlessWaiting("The referral is " + status + "; it can no longer be withdrawn");
        status = QueueStatus.WITHDRAWN;
        withdrawnAt = at;
    }

    private void refuseUnlessWaiting(String refusal) {
        if (status != QueueStatus.WAITING) {
            throw new IllegalStateException(refusal);
        }
    }

    public boolean isWaiting() {
        return status == QueueStatus.WAITING;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public UUID referralId() {
        return referralId;
    }

    public String house() {
        return house;
    }

    public String municipality() {
        return municipality;
    }

    public String urgency() {
        return urgency;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String referrerOrganisation() {
        return referrerOrganisation;
    }

    public String referrerDomain() {
        return referrerDomain;
    }

    /** The problem-area codes, as submitted. */
    public List<String> problemAreas() {
        return Arrays.stream(problemAreas.split(",")).filter(s -> !s.isBlank()).toList();
    }

    public String question() {
        return question;
    }

    public QueueStatus status() {
        return status;
    }

    public String originTraceParent() {
        return originTraceParent;
    }

    /** Remembers the trace the referral arrived in (tracing: referral, decision and programme in one trace). */
    public void arrivedIn(String traceParent) {
        this.originTraceParent = traceParent;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    /** The persons in submission order: the main person first. */
    public List<TriagePerson> persons() {
        return Collections.unmodifiableList(persons);
    }

    public Optional<TriagePerson> mainPerson() {
        return persons.stream().filter(TriagePerson::isMain).findFirst();
    }

    public Optional<TriagePerson> person(UUID personId) {
        return persons.stream().filter(p -> p.personId().equals(personId)).findFirst();
    }
}
