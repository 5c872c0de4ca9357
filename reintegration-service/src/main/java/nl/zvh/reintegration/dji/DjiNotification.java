package nl.zvh.reintegration.dji;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
    public String notificationId;

    public String senderOrganisation;

    @Enumerated(EnumType.STRING)
    public NotificationType type;

    public String djiDetentionId;

    @Enumerated(EnumType.STRING)
    public ProcessingStatus status;

    public String institution;

    public LocalDate expectedReleaseDate;

    public LocalDate releaseDate;

    public LocalDate transferDate;

    public Instant receivedAt;

    public Instant processedAt;

    public UUID trackId;
}
