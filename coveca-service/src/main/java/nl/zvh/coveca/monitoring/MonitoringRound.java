package nl.zvh.coveca.monitoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** One monitoring round of one person in a case: a score 1..5 per life domain. */
@Entity
@Table(name = "monitoring_round")
public class MonitoringRound extends PanacheEntityBase {
    @Id
    public UUID id;

    public UUID caseId;

    public UUID personId;

    public int roundNo;

    public LocalDate scoredOn;

    public String scoredBy;

    public Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "monitoring_score", joinColumns = @JoinColumn(name = "round_id"))
    @MapKeyColumn(name = "life_domain")
    @Column(name = "score")
    public Map<String, Short> scores = new LinkedHashMap<>();
}
