package nl.zvh.coveca.group;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A subgroup of a group, discussed at its own meetings; its name is unique within the group. */
@Entity
@Table(name = "coveca_subgroup")
public class Subgroup extends PanacheEntityBase {
    @Id
    private UUID id;

    private UUID groupId;
    private String name;
    private LocalDate createdOn;

    protected Subgroup() {
    }

    Subgroup(CovecaGroup group, String name, LocalDate on) {
        group.requireOpen();
        this.id = UUID.randomUUID();
        this.groupId = group.id();
        this.name = name.strip();
        this.createdOn = on;
    }

    public UUID id() {
        return id;
    }

    public UUID groupId() {
        return groupId;
    }

    public String name() {
        return name;
    }
}
