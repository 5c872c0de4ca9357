package nl.zvh.reintegration.track;

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
import java.util.UUID;

/** A re-integration track (nazorgtraject) of one detention of one person, owned by the house of return. */
@Entity
@Table(name = "track")
public class Track extends PanacheEntityBase {
    @Id
    public UUID id;
    public String house;
    public String municipality;
    @Enumerated(EnumType.STRING)
    public TrackSource source;
    @Column(name = "source_referral_id")
    public UUID sourceReferralId;
    @Column(name = "dji_detention_id")
    public String djiDetentionId;
    @Column(name = "person_id")
    public UUID personId;
    @Column(name = "first_name")
    public String firstName;
    @Column(name = "surname_prefix")
    public String surnamePrefix;
    @Column(name = "last_name")
    public String lastName;
    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;
    public String bsn;
    @Column(name = "dji_person_number")
    public String djiPersonNumber;
    public String institution;
    @Column(name = "detention_date")
    public LocalDate detentionDate;
    @Column(name = "expected_release_date")
    public LocalDate expectedReleaseDate;
    @Column(name = "actual_release_date")
    public LocalDate actualReleaseDate;
    @Column(name = "ready_at_release")
    public Boolean readyAtRelease;
    @Enumerated(EnumType.STRING)
    public Consent consent = Consent.NOT_ASKED;
    @Column(name = "consent_date")
    public LocalDate consentDate;
    public String coordinator;
    @Column(name = "created_at")
    public Instant createdAt;
    /** Set when the retention job anonymised the track: kept for the figures only, never shown. */
    @Column(name = "erased_at")
    public Instant erasedAt;
    @Version
    public int version;

    @OneToMany(mappedBy = "track", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("condition")
    public List<TrackCondition> conditions = new ArrayList<>();

    /** A new track with all five conditions UNKNOWN. */
    public static Track open(String house, String municipality, TrackSource source) {
        Track track = new Track();
        track.id = UUID.randomUUID();
        track.house = house;
        track.municipality = municipality;
        track.source = source;
        track.createdAt = Instant.now();
        for (ConditionType type : ConditionType.values()) {
            TrackCondition condition = new TrackCondition();
            condition.track = track;
            condition.condition = type;
            condition.status = ConditionStatus.UNKNOWN;
            track.conditions.add(condition);
        }
        return track;
    }

    public TrackCondition condition(ConditionType type) {
        return conditions.stream().filter(c -> c.condition == type).findFirst().orElseThrow();
    }

    public long openConditions() {
        return conditions.stream().filter(c -> c.status.isOpen()).count();
    }

    /** Ready for release: no condition is UNKNOWN or ACTION_NEEDED. */
    public boolean readyForRelease() {
        return openConditions() == 0;
    }

    public boolean released() {
        return actualReleaseDate != null;
    }

    /** Release date the house plans for: the actual one once released, else the expected one. */
    public LocalDate releaseDate() {
        return actualReleaseDate != null ? actualReleaseDate : expectedReleaseDate;
    }

    public String fullName() {
        return firstName + " " + (surnamePrefix == null || surnamePrefix.isBlank() ? "" : surnamePrefix + " ")
                + lastName;
    }
}
