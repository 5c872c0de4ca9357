package nl.zvh.coveca.group;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.zvh.platform.problem.ProblemException;

/**
 * A group of one house under the group approach (e.g. a youth group causing nuisance in a neighbourhood), opened by a
 * process director of an organisation; its subgroups, members and meetings change only while it is open, and it
 * closes once.
 */
@Entity
@Table(name = "coveca_group")
public class CovecaGroup extends PanacheEntityBase {
    @Id
    private UUID id;

    private String house;
    /** The organisation of the process director who opened it: its process directors see the group. */
    private String organisation;

    private String name;
    private String municipality;
    private String description;
    private String createdBy;
    private LocalDate createdOn;
    private Instant createdAt;
    private LocalDate closedOn;

    @Version
    private long version;

    protected CovecaGroup() {
    }

    static CovecaGroup open(String house, String organisation, String name, String municipality, String description,
            String createdBy, LocalDate on, Instant at) {
        CovecaGroup g = new CovecaGroup();
        g.id = UUID.randomUUID();
        g.house = house;
        g.organisation = organisation;
        g.name = name.strip();
        g.municipality = municipality.strip();
        g.description = description == null || description.isBlank() ? null : description.strip();
        g.createdBy = createdBy;
        g.createdOn = on;
        g.createdAt = at;
        return g;
    }

    /** A change of the group: only while it is open (409 otherwise). */
    void requireOpen() {
        if (closedOn != null) {
            throw ProblemException.conflict("group " + id + " is closed");
        }
    }

    void close(LocalDate on) {
        requireOpen();
        if (on.isBefore(createdOn)) {
            throw ProblemException.invalid("closedOn", "is before the group was opened");
        }
        closedOn = on;
    }

    public UUID id() {
        return id;
    }

    public String house() {
        return house;
    }

    public String name() {
        return name;
    }

    public String municipality() {
        return municipality;
    }

    public String description() {
        return description;
    }

    public LocalDate createdOn() {
        return createdOn;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public boolean isOpen() {
        return closedOn == null;
    }
}
