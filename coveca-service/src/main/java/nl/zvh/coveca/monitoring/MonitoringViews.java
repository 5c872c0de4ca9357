package nl.zvh.coveca.monitoring;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request and response bodies of monitoring. */
public final class MonitoringViews {
    private MonitoringViews() {
    }

    /** A new round: a score 1 (acute/severe problems) to 5 (no problems) per life domain of the house. */
    public record NewRound(@PastOrPresent LocalDate scoredOn,
            @NotEmpty Map<@NotBlank String, @NotNull @Min(1) @Max(5) Integer> scores) {
    }

    /** A round as recorded. */
    public record Round(UUID id, int round, LocalDate scoredOn, Map<String, Short> scores) {
        static Round of(MonitoringRound r) {
            return new Round(r.id, r.roundNo, r.scoredOn, r.scores);
        }
    }

    /**
     * A person's trend: per life domain the score in each round (null when not scored) and the change from the
     * first to the last scored round (positive = better).
     */
    public record Trend(UUID personId, List<Round> rounds, List<DomainTrend> domains) {
    }

    /** One life domain across rounds. */
    public record DomainTrend(String code, String name, List<Integer> scores, Integer change) {
    }
}
