package nl.zvh.coveca.group;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.zvh.platform.person.PersonIdentity;

/**
 * A member of a group, in a subgroup or not yet: the main person of one of the house's CoVeCa cases (the identity
 * holds only the platform person id; the name is the case's) or, without a case, a name and date of birth with a
 * person id of its own.
 */
@Entity
@Table(name = "group_member")
public class GroupMember extends PanacheEntityBase {
    @Id
    private UUID id;

    private UUID groupId;
    private UUID subgroupId;
    private UUID caseId;

    @Embedded
    private PersonIdentity identity;

    private LocalDate addedOn;
    private Instant addedAt;

    protected GroupMember() {
    }

    /** The main person of case {@code caseId}. */
    static GroupMember ofCase(CovecaGroup group, UUID subgroupId, UUID caseId, UUID personId, Instant at,
            LocalDate on) {
        GroupMember m = new GroupMember(group, subgroupId, at, on);
        m.caseId = caseId;
        m.identity = new PersonIdentity(personId, null, null, null, null, null);
        return m;
    }

    /** A person without a case of the house: name and date of birth. */
    static GroupMember ofPerson(CovecaGroup group, UUID subgroupId, PersonIdentity person, Instant at, LocalDate on) {
        GroupMember m = new GroupMember(group, subgroupId, at, on);
        m.identity = person.withPersonId(UUID.randomUUID());
        return m;
    }

    private GroupMember(CovecaGroup group, UUID subgroupId, Instant at, LocalDate on) {
        group.requireOpen();
        this.id = UUID.randomUUID();
        this.groupId = group.id();
        this.subgroupId = subgroupId;
        this.addedAt = at;
        this.addedOn = on;
    }

    void moveTo(CovecaGroup group, UUID subgroup) {
        group.requireOpen();
        this.subgroupId = subgroup;
    }

    public UUID id() {
        return id;
    }

    public UUID subgroupId() {
        return subgroupId;
    }

    public UUID caseId() {
        return caseId;
    }

    public UUID personId() {
        return identity.personId();
    }

    public PersonIdentity identity() {
        return identity;
    }

    public LocalDate addedOn() {
        return addedOn;
    }
}
