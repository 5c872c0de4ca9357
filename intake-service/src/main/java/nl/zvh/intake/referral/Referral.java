package nl.zvh.intake.referral;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A referral (aanmelding) of a person to a house by a partner organisation. */
@Entity
@Table(name = "referral")
public class Referral extends PanacheEntityBase {
    @Id
    public UUID id;
    public String house;
    @Enumerated(EnumType.STRING)
    public ReferralStatus status;
    public String municipality;
    @Column(name = "referrer_user_id")
    public String referrerUserId;
    @Column(name = "referrer_name")
    public String referrerName;
    /** the referrer's display name (token claim name), for the pages; null for partner systems */
    @Column(name = "referrer_display_name")
    public String referrerDisplayName;
    @Column(name = "referrer_organisation")
    public String referrerOrganisation;
    @Column(name = "referrer_domain")
    public String referrerDomain;
    public String question;
    @Column(name = "tried_already")
    public String triedAlready;
    @Enumerated(EnumType.STRING)
    public Urgency urgency;
    @Enumerated(EnumType.STRING)
    @Column(name = "person_informed")
    public PersonInformed personInformed;
    @Column(name = "not_informed_reason")
    public String notInformedReason;
    @Column(name = "controlling_partner")
    public String controllingPartner;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "agenda_date")
    public LocalDate agendaDate;
    @Column(name = "decided_at")
    public Instant decidedAt;
    public String outcome;
    @Column(name = "outcome_programme")
    public String outcomeProgramme;
    public String advice;
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;
    @Column(name = "withdrawn_reason")
    public String withdrawnReason;
    @Column(name = "closed_at")
    public Instant closedAt;
    /** Set when the retention job anonymised the referral: it is kept for the figures only, never shown. */
    @Column(name = "erased_at")
    public Instant erasedAt;
    @Version
    public int version;

    @OneToMany(mappedBy = "referral", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ReferralPerson> persons = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "referral_problem_area", joinColumns = @JoinColumn(name = "referral_id"))
    @Column(name = "code")
    public Set<String> problemAreas = new LinkedHashSet<>();

    public ReferralPerson mainPerson() {
        return persons.stream().filter(p -> p.role == PersonRole.MAIN).findFirst().orElseThrow();
    }

    public List<ReferralPerson> systemMembers() {
        return persons.stream().filter(p -> p.role == PersonRole.SYSTEM_MEMBER).toList();
    }
}
