package nl.zvh.intake.referral;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A referral (aanmelding) of a person to a house by a partner organisation, and its state rules: a draft is changed
 * and submitted by its referrer; triage puts a submitted referral on its agenda and decides it; the referrer closes a
 * decided one, or withdraws it before triage. A late or repeated triage event never moves it back. A transition that
 * is not allowed is refused with {@link ReferralStateConflict} (409).
 */
@Entity
@Table(name = "referral")
public class Referral extends PanacheEntityBase {
    @Id
    private UUID id;

    private String house;

    @Enumerated(EnumType.STRING)
    private ReferralStatus status;

    private String municipality;

    @Embedded
    private Referrer referrer;

    private String question;

    private String triedAlready;

    @Enumerated(EnumType.STRING)
    private Urgency urgency;

    @Enumerated(EnumType.STRING)
    private PersonInformed personInformed;

    private String notInformedReason;

    private String controllingPartner;

    private Instant createdAt;

    private Instant submittedAt;

    private LocalDate agendaDate;
    /** null until triage decided */
    @Embedded
    private Decision decision;

    private Instant withdrawnAt;

    private String withdrawnReason;

    private Instant closedAt;
    /** Set when the retention job anonymised the referral: it is kept for the figures only, never shown. */
    private Instant erasedAt;
    /** The previous system's registration number of a referral imported with the house's history; null otherwise. */
    private String importRef;

    @Version
    private int version;

    @OneToMany(mappedBy = "referral", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ReferralPerson> persons = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "referral_problem_area", joinColumns = @JoinColumn(name = "referral_id"))
    @Column(name = "code")
    private Set<String> problemAreas = new LinkedHashSet<>();

    /** For Hibernate. */
    protected Referral() {
    }

    /** A new draft (concept) of {@code referrer} in {@code house} with what the referrer filled in so far. */
    public static Referral draft(UUID id, String house, Referrer referrer, DraftReferral content, Instant now) {
        Referral referral = new Referral();
        referral.id = Objects.requireNonNull(id, "id");
        referral.house = Objects.requireNonNull(house, "house");
        referral.status = ReferralStatus.DRAFT;
        referral.referrer = Objects.requireNonNull(referrer, "referrer");
        referral.createdAt = now;
        referral.fill(content);
        return referral;
    }

    /**
     * A referral of the house's previous system (history import), with its original dates: decided by the table then
     * ({@code decision}), or withdrawn then ({@code withdrawnAt}); one of the two.
     */
    public static Referral imported(UUID id, String house, Referrer referrer, DraftReferral content, String importRef,
            Instant submittedAt, Decision decision, Instant withdrawnAt) {
        if ((decision == null) == (withdrawnAt == null)) {
            throw new IllegalArgumentException("an imported referral was either decided or withdrawn");
        }
        Referral referral = draft(id, house, referrer, content, submittedAt);
        referral.importRef = Objects.requireNonNull(importRef, "importRef");
        referral.submittedAt = submittedAt;
        if (decision != null) {
            referral.status = ReferralStatus.DECIDED;
            referral.decision = decision;
        } else {
            referral.status = ReferralStatus.WITHDRAWN;
            referral.withdrawnAt = withdrawnAt;
        }
        return referral;
    }

    /** Replaces what the draft says; refused once it is submitted or withdrawn. */
    public void revise(DraftReferral content) {
        requireDraft();
        fill(content);
    }

    /** Refuses anything but a draft: only a draft can be changed or submitted. */
    public void requireDraft() {
        if (status != ReferralStatus.DRAFT) {
            throw new ReferralStateConflict("Only a draft can be changed or submitted; it is " + status);
        }
    }

    /** The draft goes to the house's triage table. */
    public void submit(Instant at) {
        requireDraft();
        status = ReferralStatus.SUBMITTED;
        submittedAt = at;
    }

    /**
     * Withdrawn by the referrer, as a draft or submitted but before triage put it on the agenda.
     *
     * @return true when triage had it (it was submitted), so triage must hear of the withdrawal
     */
    public boolean withdraw(String reason, Instant at) {
        if (status != ReferralStatus.SUBMITTED && status != ReferralStatus.DRAFT) {
            throw new ReferralStateConflict("A referral can only be withdrawn before triage; it is " + status);
        }
        boolean triageKnowsIt = status == ReferralStatus.SUBMITTED;
        status = ReferralStatus.WITHDRAWN;
        withdrawnAt = at;
        withdrawnReason = reason;
        return triageKnowsIt;
    }

    /** True while triage may (re)schedule it: submitted or already on an agenda, not decided or withdrawn. */
    public boolean schedulable() {
        return status == ReferralStatus.SUBMITTED || status == ReferralStatus.ON_AGENDA;
    }

    /**
     * On the agenda of the triage session of {@code date}.
     *
     * @return false when it already was on that date (nothing changed)
     */
    public boolean putOnAgenda(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (!schedulable()) {
            throw new ReferralStateConflict(
                    "Only a referral awaiting triage can be put on the agenda; it is " + status);
        }
        if (date.equals(agendaDate)) {
            return false;
        }
        status = ReferralStatus.ON_AGENDA;
        agendaDate = date;
        return true;
    }

    /** True while triage may decide it: submitted, on the agenda, or decided before (a later decision replaces it). */
    public boolean decidable() {
        return schedulable() || status == ReferralStatus.DECIDED;
    }

    /** The triage table's decision: outcome, programme and advice. */
    public void decide(Decision decision) {
        if (!decidable()) {
            throw new ReferralStateConflict("Only a submitted referral can be decided; it is " + status);
        }
        status = ReferralStatus.DECIDED;
        this.decision = Objects.requireNonNull(decision, "decision");
    }

    /** Closed once the decision is known (the referrer has the feedback, or the chair closes it). */
    public void close(Instant at) {
        if (status != ReferralStatus.DECIDED) {
            throw new ReferralStateConflict("Only a decided referral can be closed; it is " + status);
        }
        status = ReferralStatus.CLOSED;
        closedAt = at;
    }

    /** True while files may be attached: not once withdrawn or closed. */
    public boolean acceptsAttachments() {
        return status.acceptsAttachments();
    }

    private void fill(DraftReferral content) {
        municipality = blankToNull(content.municipality());
        question = blankToNull(content.question());
        triedAlready = blankToNull(content.triedAlready());
        urgency = content.urgency();
        personInformed = content.personInformed();
        notInformedReason = blankToNull(content.notInformedReason());
        controllingPartner = blankToNull(content.controllingPartner());
        problemAreas.clear();
        if (content.problemAreas() != null) {
            problemAreas.addAll(content.problemAreas());
        }
        persons.clear();
        persons.add(ReferralPerson.main(this, persons.size(), content.mainPerson()));
        if (content.systemMembers() != null) {
            for (DraftReferral.Member member : content.systemMembers()) {
                persons.add(ReferralPerson.member(this, persons.size(), member));
            }
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public ReferralPerson mainPerson() {
        return persons.stream().filter(p -> p.role() == PersonRole.MAIN).findFirst().orElseThrow();
    }

    public List<ReferralPerson> systemMembers() {
        return persons.stream().filter(p -> p.role() == PersonRole.SYSTEM_MEMBER).toList();
    }

    /** The main person and the system members, in the order of the referral. */
    public List<ReferralPerson> persons() {
        return Collections.unmodifiableList(persons);
    }

    public Set<String> problemAreas() {
        return Collections.unmodifiableSet(problemAreas);
    }

    public UUID id() {
        return id;
    }

    public String house() {
        return house;
    }

    public ReferralStatus status() {
        return status;
    }

    public String municipality() {
        return municipality;
    }

    public Referrer referrer() {
        return referrer;
    }

    public String question() {
        return question;
    }

    public String triedAlready() {
        return triedAlready;
    }

    public Urgency urgency() {
        return urgency;
    }

    public PersonInformed personInformed() {
        return personInformed;
    }

    public String notInformedReason() {
        return notInformedReason;
    }

    public String controllingPartner() {
        return controllingPartner;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public LocalDate agendaDate() {
        return agendaDate;
    }

    /** The triage table's decision; null until decided. */
    public Decision decision() {
        return decision;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public String withdrawnReason() {
        return withdrawnReason;
    }

    public String importRef() {
        return importRef;
    }

    public Instant closedAt() {
        return closedAt;
    }
}
