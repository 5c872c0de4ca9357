package nl.zvh.lifecourse.clients;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import nl.zvh.lifecourse.candidates.Candidate;

/** The scores (1 = worrying, 5 = stable) a client's life domains got on one date, with one note for that date. */
@Entity
@Table(name = "life_domain_scoring")
public class DomainScoring extends ClientFileRecord {
    private LocalDate scoredOn;

    private String note;

    private String recordedBy;

    private Instant recordedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "life_domain_score", joinColumns = @JoinColumn(name = "scoring_id"))
    @MapKeyColumn(name = "domain")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "score")
    private Map<LifeDomain, Integer> scores = new HashMap<>();

    protected DomainScoring() {
    }

    private DomainScoring(Candidate client, LocalDate date) {
        super(client);
        this.scoredOn = date;
    }

    static DomainScoring on(Candidate client, LocalDate date) {
        return new DomainScoring(client, date);
    }

    /** The date's scores and note, as now recorded (a correction of the same date replaces them). */
    void record(Map<LifeDomain, Integer> given, String text, String by, Instant at) {
        scores.clear();
        scores.putAll(given);
        note = text;
        recordedBy = by;
        recordedAt = at;
    }

    public LocalDate scoredOn() {
        return scoredOn;
    }

    public String note() {
        return note;
    }

    public Map<LifeDomain, Integer> scores() {
        return scores.isEmpty() ? Map.of() : new EnumMap<>(scores);
    }
}
