package nl.zvh.trafficking.signal;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.zvh.platform.problem.ProblemException;

/** A signal (melding) of presumed human trafficking, with the presumed victim and other persons involved. */
@Entity
@Table(name = "signal")
public class Signal extends PanacheEntityBase {
    @Id
    public UUID id;

    public String house;

    public LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    public SourceType sourceType;

    public String sourceName;

    public String reporterOrganisation;

    public String reporterUserId;

    public String externalReference;

    public UUID sourceReferralId;

    public String municipality;

    @Enumerated(EnumType.STRING)
    public ExploitationType primaryExploitationType;

    @Enumerated(EnumType.STRING)
    public ResidenceStatus residenceStatus;

    public Boolean minor;

    public boolean alsoSuspect;

    public String victimPerspective;

    public String perpetratorPerspective;

    public String description;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    public LocalDate outcomeOn;

    public String advice;

    /** Why the coordinator decided as they did (free text; erased with the signal). */
    public String outcomeRationale;

    public Boolean reportedToNationalCentre;

    public LocalDate nationalReportOn;

    public String nationalReportingOrganisation;

    /** CoMensha's reference of the registration, when known. */
    public String nationalReportReference;

    public Instant createdAt;
    /** Set when the retention job anonymised the signal: kept for the figures only, never shown. */
    public Instant erasedAt;

    @Version
    public int version;

    @ElementCollection
    @CollectionTable(name = "signal_exploitation_type", joinColumns = @JoinColumn(name = "signal_id"))
    @Column(name = "type")
    @Enumerated(EnumType.STRING)
    public Set<ExploitationType> exploitationTypes = EnumSet.noneOf(ExploitationType.class);

    @ElementCollection
    @CollectionTable(name = "signal_indicator", joinColumns = @JoinColumn(name = "signal_id"))
    @OrderColumn(name = "position")
    @Column(name = "indicator")
    public List<String> indicators = new ArrayList<>();

    @OneToMany(mappedBy = "signal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<SignalPerson> persons = new ArrayList<>();

    public SignalPerson victim() {
        return persons.stream().filter(p -> p.role() == PersonRole.PRESUMED_VICTIM).findFirst().orElseThrow();
    }

    public void add(SignalPerson person) {
        person.joinAt(this, persons.size());
        persons.add(person);
    }

    /**
     * The coordinator's decision, once per signal (a second one is a 409): ADVICE needs the advice; a
     * COORDINATED_APPROACH is then started on the signal by the approach feature.
     */
    public void decide(Outcome outcome, String advice, LocalDate on) {
        if (this.outcome != null) {
            throw ProblemException.conflict("The signal was already decided: " + this.outcome);
        }
        if (outcome == Outcome.ADVICE && (advice == null || advice.isBlank())) {
            throw ProblemException.invalid("advice", "is required for the outcome ADVICE");
        }
        this.outcome = outcome;
        this.outcomeOn = on;
        if (outcome == Outcome.ADVICE) {
            this.advice = advice;
        }
    }

    /** Minor at the date of the signal: from the date of birth, else the estimated age, else unknown. */
    public static Boolean minorAt(LocalDate on, LocalDate dateOfBirth, Integer estimatedAge) {
        if (dateOfBirth != null) {
            return dateOfBirth.plusYears(18).isAfter(on);
        }
        return estimatedAge == null ? null : estimatedAge < 18;
    }
}
