package nl.zvh.intake.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One message in the inbox of the referrer's organisation; read once for the whole organisation. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {
    @Id
    private UUID id;

    private String house;
    private String organisation;

    private UUID referralId;

    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    private LocalDate agendaDate;

    private String outcome;
    private String programme;
    private String advice;

    private Instant createdAt;

    private Instant readAt;

    private String readBy;

    /** For Hibernate. */
    protected Notification() {
    }

    /** A new, unread message for {@code organisation} in {@code house} about a referral's status change. */
    Notification(String house, String organisation, UUID referralId, NotificationKind kind, LocalDate agendaDate,
            String outcome, String programme, String advice, Instant at) {
        this.id = UUID.randomUUID();
        this.house = house;
        this.organisation = organisation;
        this.referralId = referralId;
        this.kind = kind;
        this.agendaDate = agendaDate;
        this.outcome = outcome;
        this.programme = programme;
        this.advice = advice;
        this.createdAt = at;
    }

    /** Read by {@code user} for the whole organisation; the first reading counts. */
    void markRead(String user, Instant at) {
        if (readAt == null) {
            readAt = at;
            readBy = user;
        }
    }

    UUID id() {
        return id;
    }

    UUID referralId() {
        return referralId;
    }

    /** As the organisation reads it, with the main person's name (null once the referral is erased). */
    NotificationView view(String mainPersonName) {
        return new NotificationView(id, referralId, mainPersonName, kind, agendaDate, outcome, programme, advice,
                createdAt, readAt);
    }
}
