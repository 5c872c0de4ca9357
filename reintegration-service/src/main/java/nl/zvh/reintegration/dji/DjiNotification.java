package nl.zvh.reintegration.dji;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A received DJI notification and its processing status (the person data lives on the track, not here). */
@Entity
@Table(name = "dji_notification")
public class DjiNotification extends PanacheEntityBase {
    @Id
    @Column(name = "notification_id")
    public String notificationId;

    @Column(name = "sender_organisation")
    public String senderOrganisation;

    @Enumerated(EnumType.STRING)
    public NotificationType type;

    @Column(name = "dji_detention_id")
    public String djiDetentionId;

    @Enumerated(EnumType.STRING)
    public ProcessingStatus status;

    public String institution;

    @Column(name = "expected_release_date")
    public LocalDate expectedReleaseDate;

    @Column(name = "release_date")
    public LocalDate releaseDate;

    @Column(name = "transfer_date")
    public LocalDate transferDate;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "processed_at")
    public Instant processedAt;

    @Column(name = "track_id")
    public UUID trackId;
}
