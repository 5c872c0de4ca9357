package nl.zvh.reintegration.measures;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An ISD order (inrichting voor stelselmatige daders, at most two years) and its phases. */
@Entity
@Table(name = "isd_order")
public class IsdOrder extends PanacheEntityBase {
    @Id
    public UUID id;

    public UUID trackId;

    public LocalDate termStart;

    public LocalDate termEnd;

    public Instant createdAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "order_id", nullable = false)
    @OrderBy("startsOn")
    public List<IsdPhase> phases = new ArrayList<>();
}
