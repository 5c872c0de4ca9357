package nl.zvh.coveca.meeting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
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

/** A network meeting of a case; PLANNED until its minutes are recorded, then HELD. */
@Entity
@Table(name = "network_meeting")
public class NetworkMeeting extends PanacheEntityBase {
    @Id
    public UUID id;

    public UUID caseId;

    @Enumerated(EnumType.STRING)
    public MeetingKind kind;

    public Instant scheduledAt;

    public String location;
    public boolean online;
    public String agenda;
    /** PLANNED or HELD. */
    public String status;

    public String minutes;

    public Boolean clientPresent;

    public Instant heldAt;

    public String createdBy;

    public Instant createdAt;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<MeetingParticipant> participants = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<MeetingDecision> decisions = new ArrayList<>();

    public boolean isHeld() {
        return "HELD".equals(status);
    }
}
