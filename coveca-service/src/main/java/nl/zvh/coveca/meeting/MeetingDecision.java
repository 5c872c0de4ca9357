package nl.zvh.coveca.meeting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** A decision taken in a meeting. */
@Entity
@Table(name = "meeting_decision")
public class MeetingDecision extends PanacheEntityBase {
    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id")
    public NetworkMeeting meeting;

    public int position;
    public String text;
}
