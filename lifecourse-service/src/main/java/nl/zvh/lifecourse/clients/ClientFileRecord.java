package nl.zvh.lifecourse.clients;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;
import nl.zvh.lifecourse.candidates.Candidate;

/** Something kept on a client's file: its own id and the client (column {@code candidate_id}). */
@MappedSuperclass
abstract class ClientFileRecord extends PanacheEntityBase {
    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "candidate_id")
    private Candidate client;

    protected ClientFileRecord() {
    }

    protected ClientFileRecord(Candidate client) {
        this.id = UUID.randomUUID();
        this.client = client;
    }

    public UUID id() {
        return id;
    }
}
