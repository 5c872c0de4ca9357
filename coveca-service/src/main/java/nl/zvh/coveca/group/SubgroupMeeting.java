package nl.zvh.coveca.group;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A meeting a subgroup was discussed at: when, who attended, the minutes and the agreements (one per line). */
@Entity
@Table(name = "subgroup_meeting")
public class SubgroupMeeting extends PanacheEntityBase {
    @Id
    private UUID id;

    private UUID subgroupId;
    private LocalDate heldOn;
    private String attendance;
    private String minutes;
    private String agreements;
    private String recordedBy;
    private Instant recordedAt;

    protected SubgroupMeeting() {
    }

    SubgroupMeeting(CovecaGroup group, Subgroup subgroup, LocalDate heldOn, List<String> attendance, String minutes,
            List<String> agreements, String recordedBy, Instant at) {
        group.requireOpen();
        this.id = UUID.randomUUID();
        this.subgroupId = subgroup.id();
        this.heldOn = heldOn;
        this.attendance = String.join("\n", attendance.stream().map(String::strip).toList());
        this.minutes = minutes.strip();
        this.agreements = agreements == null || agreements.isEmpty()
                ? null
                : String.join("\n", agreements.stream().map(String::strip).toList());
        this.recordedBy = recordedBy;
        this.recordedAt = at;
    }

    public UUID id() {
        return id;
    }

    public UUID subgroupId() {
        return subgroupId;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public List<String> attendance() {
        return List.of(attendance.split("\n"));
    }

    public String minutes() {
        return minutes;
    }

    public List<String> agreements() {
        return agreements == null ? List.of() : List.of(agreements.split("\n"));
    }
}
