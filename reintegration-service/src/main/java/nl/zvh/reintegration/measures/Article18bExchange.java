package nl.zvh.reintegration.measures;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** Article 18b (Penitentiaire beginselenwet) request and answer between municipality and DJI about risk. */
@Entity
@Table(name = "article18b_exchange")
public class Article18bExchange extends PanacheEntityBase {
    /** Who asked whom. */
    public enum Direction {
        MUNICIPALITY_TO_DJI, DJI_TO_MUNICIPALITY
    }

    @Id
    public UUID id;

    public UUID trackId;

    @Enumerated(EnumType.STRING)
    public Direction direction;

    public LocalDate requestedOn;

    public String question;

    public LocalDate answeredOn;

    public String answer;
}
