package nl.zvh.coveca.cases;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A complex case (casus) of one house under process direction. */
@Entity
@Table(name = "coveca_case")
public class CovecaCase extends PanacheEntityBase {
    @Id
    public UUID id;
    public String house;
    public String municipality;
    @Enumerated(EnumType.STRING)
    public Intensity intensity;
    @Enumerated(EnumType.STRING)
    @Column(name = "sub_approach")
    public SubApproach subApproach;
    @Enumerated(EnumType.STRING)
    public CaseStatus status;
    @Enumerated(EnumType.STRING)
    public CaseSource source;
    @Column(name = "source_referral_id")
    public UUID sourceReferralId;
    @Column(name = "source_track_id")
    public UUID sourceTrackId;
    @Column(name = "process_director_id")
    public String processDirectorId;
    @Column(name = "process_director_name")
    public String processDirectorName;
    /** The process director's display name (token claim {@code name}) for the pages; null on older cases. */
    @Column(name = "process_director_display_name")
    public String processDirectorDisplayName;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "opened_at")
    public Instant openedAt;
    @Column(name = "closed_at")
    public Instant closedAt;
    /** Set when the retention job anonymised the case: kept for the figures only, never shown. */
    @Column(name = "erased_at")
    public Instant erasedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "closure_reason")
    public ClosureReason closureReason;
    @Column(name = "receiving_municipality")
    public String receivingMunicipality;
    @Column(name = "closure_note")
    public String closureNote;
    @Column(name = "closing_meeting_id")
    public UUID closingMeetingId;
    @Column(name = "closure_requested_by")
    public String closureRequestedBy;
    @Column(name = "closure_requested_at")
    public Instant closureRequestedAt;
    /** Current AVE escalation level (CASE, PROCESS, MANAGEMENT, ADMINISTRATIVE), null when not escalated. */
    @Column(name = "escalation_level")
    public String escalationLevel;
    /** Incremented on every change of the action plan. */
    @Column(name = "plan_version")
    public int planVersion;
    /** The last plan version a second person approved (four-eyes houses); equals planVersion elsewhere. */
    @Column(name = "plan_approved_version")
    public int planApprovedVersion;
    @Column(name = "plan_changed_by")
    public String planChangedBy;
    @Version
    public long version;

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL)
    @OrderBy("addedAt, lastName")
    public List<CasePerson> persons = new ArrayList<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL)
    @OrderBy("addedAt, organisation")
    public List<CasePartner> partners = new ArrayList<>();

    public Optional<CasePerson> mainPerson() {
        return persons.stream().filter(p -> p.role == PersonRole.MAIN).findFirst();
    }

    public Optional<CasePerson> person(UUID personId) {
        return persons.stream().filter(p -> p.personId.equals(personId)).findFirst();
    }

    public boolean involves(String organisation) {
        return partners.stream().anyMatch(p -> p.organisation.equalsIgnoreCase(organisation));
    }

    public List<String> personIds() {
        return persons.stream().map(p -> p.personId.toString()).toList();
    }

    public boolean isOpen() {
        return status == CaseStatus.OPEN;
    }
}
