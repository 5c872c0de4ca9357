package nl.zvh.reintegration.track;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.person.PersonIdentity;

/** A track as its coordinator sees it (BIJ, ISD, article 18b and escalations come from their own endpoints). */
public record TrackView(UUID id, String house, String municipality, TrackSource source, UUID sourceReferralId,
        Person person, Detention detention, Consent consent, LocalDate consentDate, String consentRecordedBy,
        String coordinator, List<ConditionView> conditions, long openConditions, boolean readyForRelease,
        TrackStatus status, Closure closure, Instant createdAt) {

    /** The detainee. */
    public record Person(UUID personId, String firstName, String surnamePrefix, String lastName, LocalDate dateOfBirth,
            String bsn, String djiPersonNumber) {
        /** First name, surname prefix and last name, as a heading reads them. */
        public String fullName() {
            return PersonIdentity.fullName(firstName, surnamePrefix, lastName);
        }
    }

    /** The detention as DJI reported it. */
    public record Detention(String djiDetentionId, String institution, LocalDate detentionDate,
            LocalDate expectedReleaseDate, LocalDate actualReleaseDate, Boolean readyAtRelease) {
    }

    /** Why and when the track was closed. */
    public record Closure(LocalDate closedOn, CloseReason reason, String note) {
    }

    /** One basic condition with its history, newest first. */
    public record ConditionView(ConditionType condition, ConditionStatus status, String responsiblePartner,
            String notes, Instant updatedAt, String updatedBy, List<Change> history) {
        static ConditionView of(TrackCondition c, List<TrackConditionChange> changes) {
            return new ConditionView(c.condition(), c.status(), c.responsiblePartner(), c.notes(), c.updatedAt(),
                    c.updatedBy(), changes.stream().filter(h -> h.condition == c.condition()).map(Change::of).toList());
        }
    }

    /** One earlier save of a basic condition, by the name people read. */
    public record Change(ConditionStatus status, String responsiblePartner, String notes, Instant changedAt,
            String changedBy) {
        static Change of(TrackConditionChange h) {
            return new Change(h.status, h.responsiblePartner, h.notes, h.changedAt, h.changedBy);
        }
    }

    static TrackView of(Track t, List<TrackConditionChange> changes) {
        PersonIdentity p = t.person();
        return new TrackView(t.id(), t.house(), t.municipality(), t.source(), t.sourceReferralId(),
                new Person(p.personId(), p.firstName(), p.surnamePrefix(), p.lastName(), p.dateOfBirth(), p.bsn(),
                        t.djiPersonNumber()),
                new Detention(t.djiDetentionId(), t.institution(), t.detentionDate(), t.expectedReleaseDate(),
                        t.actualReleaseDate(), t.readyAtRelease()),
                t.consent(), t.consentDate(), t.consentRecordedBy(), t.coordinator(),
                t.conditions().stream().map(c -> ConditionView.of(c, changes)).toList(), t.openConditions(),
                t.readyForRelease(), t.status(), t.closure(), t.createdAt());
    }
}
