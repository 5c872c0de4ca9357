package nl.zvh.triage.queue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A referral as triage knows it (a copy of what ReferralSubmitted carried). */
@Entity
@Table(name = "triage_referral")
public class TriageReferral extends PanacheEntityBase {
    @Id
    @Column(name = "referral_id")
    public UUID referralId;
    public String house;
    public String municipality;
    public String urgency;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "referrer_organisation")
    public String referrerOrganisation;
    @Column(name = "referrer_domain")
    public String referrerDomain;
    /** Comma-separated problem-area codes. */
    @Column(name = "problem_areas")
    public String problemAreas;
    public String question;
    @Enumerated(EnumType.STRING)
    public QueueStatus status;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;
    /** Set when the retention job anonymised the referral: kept for the figures only, never shown. */
    @Column(name = "erased_at")
    public Instant erasedAt;

    @OneToMany(mappedBy = "referral", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<TriagePerson> persons = new ArrayList<>();
}
