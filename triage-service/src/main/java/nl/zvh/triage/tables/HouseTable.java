package nl.zvh.triage.tables;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * One table a house facilitates: its kind, the chair's organisation (the OM for prolific offenders and LPCO, the house
 * for I28), the member organisations that see its items and the organisations that may put items on it.
 */
@Entity
@Table(name = "house_table")
public class HouseTable extends PanacheEntityBase {
    @Id
    public UUID id;

    public String house;

    @Enumerated(EnumType.STRING)
    public TableKind kind;

    public String name;

    public String chairOrganisation;

    @Enumerated(EnumType.STRING)
    public Cadence cadence;

    /** The municipality of a youth aftercare table; null for the house-wide tables. */
    public String municipality;

    public String contactName;

    public String contactPhone;

    public String contactEmail;

    public Instant createdAt;

    public String createdBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "house_table_member", joinColumns = @JoinColumn(name = "table_id"))
    @Column(name = "organisation")
    public Set<String> members = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "house_table_submitter", joinColumns = @JoinColumn(name = "table_id"))
    @Column(name = "organisation")
    public Set<String> submitters = new TreeSet<>();

    /** Whether the organisation sits at the table (the chair's organisation always does). */
    public boolean seats(String organisation) {
        return organisation != null && (organisation.equals(chairOrganisation) || members.contains(organisation));
    }
}
