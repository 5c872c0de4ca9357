package nl.zvh.trafficking.registers;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A session of the signals table (signalentafel) with police, labour inspectorate and municipality. */
@Entity
@Table(name = "signals_table_session")
public class SignalsTableSession extends PanacheEntityBase {
    @Id
    public UUID id;

    public String house;

    public LocalDate heldOn;

    public String followUp;

    public Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "signals_table_attendee", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    @Column(name = "attendee")
    public List<String> attendees = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "signals_table_signal", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "signal_id")
    public Set<UUID> signalsDiscussed = new LinkedHashSet<>();
}
