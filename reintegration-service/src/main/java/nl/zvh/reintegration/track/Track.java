package nl.zvh.reintegration.track;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
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
import nl.zvh.platform.person.PersonIdentity;
import nl.zvh.platform.problem.ProblemException;

/**
 * A re-integration track (nazorgtraject) of one detention of one person, owned by the house of return. Its state
 * rules: a track starts with five UNKNOWN conditions and consent NOT_ASKED; consent given or refused needs a date that
 * is not in the future; a condition goes beyond UNKNOWN only with consent GIVEN; at the release the track records
 * whether it was ready.
 */
@Entity
@Table(name = "track")
public class Track extends PanacheEntityBase {
    @Id
    private UUID id;

    private String house;
    private String municipality;

    @Enumerated(EnumType.STRING)
    private TrackSource source;

    private UUID sourceReferralId;

    private String djiDetentionId;

    @Embedded
    private PersonIdentity person;

    private String djiPersonNumber;

    private String institution;

    private LocalDate detentionDate;

    private LocalDate expectedReleaseDate;

    private LocalDate actualReleaseDate;

    private Boolean readyAtRelease;

    @Enumerated(EnumType.STRING)
    private Consent consent = Consent.NOT_ASKED;

    private LocalDate consentDate;

    private String coordinator;

    private String consentRecordedBy;

    private LocalDate closedOn;

    @Enumerated(EnumType.STRING)
    private CloseReason closeReason;

    private String closeNote;

    private Instant createdAt;
    /** Set when the retention job anonymised the track: kept for the figures only, never shown. */
    private Instant erasedAt;

    @Version
    private int version;

    @OneToMany(mappedBy = "track", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("condition")
    private List<TrackCondition> conditions = new ArrayList<>();

    protected Track() {
    }

    private Track(String house, String municipality, TrackSource source, PersonIdentity person) {
        this.id = UUID.randomUUID();
        this.house = house;
        this.municipality = municipality;
        this.source = source;
        this.person = person;
        this.createdAt = Instant.now();
        for (ConditionType type : ConditionType.values()) {
            conditions.add(new TrackCondition(this, type));
        }
    }

    /** A track triage opened for the main person of a referral: no detention data until DJI notifies. */
    public static Track fromTriage(String house, String municipality, UUID referralId, PersonIdentity person) {
        Track track = new Track(house, municipality, TrackSource.TRIAGE, person);
        track.sourceReferralId = referralId;
        return track;
    }

    /** A track DJI's detention start opened, for a person new to the platform. */
    public static Track fromDetention(String house, String municipality, String detentionId, PersonIdentity person,
            String djiPersonNumber, String institution, LocalDate detentionDate, LocalDate expectedReleaseDate) {
        Track track = new Track(house, municipality, TrackSource.DJI, person);
        track.djiDetentionId = detentionId;
        track.djiPersonNumber = djiPersonNumber;
        track.institution = institution;
        track.detentionDate = detentionDate;
        track.expectedReleaseDate = expectedReleaseDate;
        return track;
    }

    /**
     * A detention of the house's previous system (history import): the same data as DJI's start, source IMPORTED,
     * {@code detentionId} the previous system's registration number. No basic condition was checked, so a released
     * one counts as not ready at its release.
     */
    public static Track imported(String house, String municipality, String detentionId, PersonIdentity person,
            String djiPersonNumber, String institution, LocalDate detentionDate, LocalDate expectedReleaseDate) {
        Track track = fromDetention(house, municipality, detentionId, person, djiPersonNumber, institution,
                detentionDate, expectedReleaseDate);
        track.source = TrackSource.IMPORTED;
        return track;
    }

    /**
     * Records the detainee's consent: given or refused needs its date, never one after {@code today}. The first to
     * record consent becomes the track's coordinator when none is set.
     */
    public void recordConsent(Consent consent, LocalDate date, LocalDate today, String recordedBy) {
        if (consent != Consent.NOT_ASKED && date == null) {
            throw ProblemException.invalid("date", "is required when consent was given or refused");
        }
        if (date != null && date.isAfter(today)) {
            throw ProblemException.invalid("date", "may not be in the future");
        }
        this.consent = consent;
        this.consentDate = consent == Consent.NOT_ASKED ? null : date;
        this.consentRecordedBy = recordedBy;
        if (coordinator == null) {
            coordinator = recordedBy;
        }
    }

    public void assignCoordinator(String coordinator) {
        if (coordinator == null || coordinator.isBlank()) {
            throw ProblemException.invalid("coordinator", "must not be blank");
        }
        this.coordinator = coordinator;
    }

    /**
     * Records a basic condition. Partners are only asked about the person with their consent, so anything beyond
     * UNKNOWN needs consent GIVEN.
     */
    public void recordCondition(ConditionType type, ConditionStatus status, String partner, String notes, Instant at,
            String by) {
        if (consent != Consent.GIVEN && status != ConditionStatus.UNKNOWN) {
            throw ProblemException.invalid("status",
                    "basic conditions can only be checked with the person's consent (consent is " + consent + ")");
        }
        condition(type).record(status, partner, notes, at, by);
    }

    /** DJI changed the expected release date. */
    public void expectReleaseOn(LocalDate date) {
        this.expectedReleaseDate = date;
    }

    /** DJI transferred the detainee to another institution. */
    public void transferTo(String institution) {
        this.institution = institution;
    }

    /** DJI released the detainee: the track keeps whether all basic conditions were done (figures). */
    public void release(LocalDate date) {
        if (detentionDate != null && date.isBefore(detentionDate)) {
            throw ProblemException.invalid("releaseDate",
                    "release date " + date + " is before detention date " + detentionDate);
        }
        this.actualReleaseDate = date;
        this.readyAtRelease = readyForRelease();
    }

    /** Closes the track with its reason; a closed track leaves the lists. Never before the detention started. */
    public void close(CloseReason reason, String note, LocalDate on, LocalDate today) {
        if (closedOn != null) {
            throw ProblemException.invalid("reason", "the track is already closed");
        }
        if (reason == CloseReason.OTHER && (note == null || note.isBlank())) {
            throw ProblemException.invalid("note", "is required when the reason is OTHER");
        }
        if (on.isAfter(today)) {
            throw ProblemException.invalid("closedOn", "may not be in the future");
        }
        if (detentionDate != null && on.isBefore(detentionDate)) {
            throw ProblemException.invalid("closedOn", "is before the detention date " + detentionDate);
        }
        this.closedOn = on;
        this.closeReason = reason;
        this.closeNote = note;
    }

    /** Where the track stands: closed, released (first phase after release), ready for release, or conditions open. */
    public TrackStatus status() {
        if (closedOn != null) {
            return TrackStatus.CLOSED;
        }
        if (released()) {
            return TrackStatus.RELEASED;
        }
        return readyForRelease() ? TrackStatus.READY_FOR_RELEASE : TrackStatus.OPEN_CONDITIONS;
    }

    public TrackCondition condition(ConditionType type) {
        return conditions.stream().filter(c -> c.condition() == type).findFirst().orElseThrow();
    }

    public long openConditions() {
        return conditions.stream().filter(c -> c.status().isOpen()).count();
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
        return person.fullName();
    }

    public UUID id() {
        return id;
    }

    public String house() {
        return house;
    }

    public String municipality() {
        return municipality;
    }

    public TrackSource source() {
        return source;
    }

    public UUID sourceReferralId() {
        return sourceReferralId;
    }

    public String djiDetentionId() {
        return djiDetentionId;
    }

    public PersonIdentity person() {
        return person;
    }

    public UUID personId() {
        return person.personId();
    }

    public String djiPersonNumber() {
        return djiPersonNumber;
    }

    public String institution() {
        return institution;
    }

    public LocalDate detentionDate() {
        return detentionDate;
    }

    public LocalDate expectedReleaseDate() {
        return expectedReleaseDate;
    }

    public LocalDate actualReleaseDate() {
        return actualReleaseDate;
    }

    public Boolean readyAtRelease() {
        return readyAtRelease;
    }

    public Consent consent() {
        return consent;
    }

    public LocalDate consentDate() {
        return consentDate;
    }

    public String coordinator() {
        return coordinator;
    }

    public String consentRecordedBy() {
        return consentRecordedBy;
    }

    /** When and why the track was closed; null while it runs. */
    public TrackView.Closure closure() {
        return closedOn == null ? null : new TrackView.Closure(closedOn, closeReason, closeNote);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean erased() {
        return erasedAt != null;
    }

    public List<TrackCondition> conditions() {
        return List.copyOf(conditions);
    }
}
