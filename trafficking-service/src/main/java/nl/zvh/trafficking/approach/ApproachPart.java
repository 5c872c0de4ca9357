package nl.zvh.trafficking.approach;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/**
 * What a part of an approach (a shelter request, an agreement) has in common: its id, the approach it belongs to and
 * its place in the approach's order. Parts change only through their approach.
 */
@MappedSuperclass
public abstract class ApproachPart extends PanacheEntityBase {
    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "approach_id")
    private Approach approach;

    private int position;

    protected ApproachPart() {
    }

    protected ApproachPart(Approach approach, int position) {
        this.id = UUID.randomUUID();
        this.approach = approach;
        this.position = position;
    }

    public UUID id() {
        return id;
    }

    public Approach approach() {
        return approach;
    }

    int position() {
        return position;
    }
}
