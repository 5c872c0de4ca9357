package nl.zvh.coveca.meeting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** A partner organisation (and its representative) invited to a meeting; attended is known once it was held. */
@Entity
@Table(name = "meeting_participant")
public class MeetingParticipant extends PanacheEntityBase {
    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id")
    public NetworkMeeting meeting;

    public String organisation;
    public String name;
    public Boolean attended;
    public int position;
}
