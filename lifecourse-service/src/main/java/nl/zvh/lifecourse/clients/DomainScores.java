package nl.zvh.lifecourse.clients;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.zvh.lifecourse.candidates.Candidate;

/** A client's life-domain scores over time: recorded per date, read as a trend (the oldest date first). */
@ApplicationScoped
public class DomainScores {

    /** One life domain's scores on the trend's dates (null where the domain was not scored that date). */
    public record Row(LifeDomain domain, List<Integer> scores) {
    }

    /** One date's note. */
    public record Note(LocalDate date, String note) {
    }

    /** The trend: the dates scored, a row per life domain, and the notes. */
    public record Trend(List<LocalDate> dates, List<Row> rows, List<Note> notes) {
        public boolean isEmpty() {
            return dates.isEmpty();
        }
    }

    /** Records the scores of {@code date} on an open client's file (else a 409); the same date again replaces them. */
    public void record(Candidate client, LocalDate date, Map<LifeDomain, Integer> scores, String note, String by) {
        client.requireClient();
        DomainScoring scoring = DomainScoring.<DomainScoring>find("client = ?1 and scoredOn = ?2", client, date)
                .firstResultOptional().orElseGet(() -> DomainScoring.on(client, date));
        scoring.record(scores, note, by, Instant.now());
        scoring.persist();
    }

    public Trend trend(Candidate client) {
        List<DomainScoring> scorings = DomainScoring.<DomainScoring>find("client = ?1 order by scoredOn", client)
                .list();
        List<Row> rows = Arrays.stream(LifeDomain.values())
                .map(d -> new Row(d, scorings.stream().map(s -> s.scores().get(d)).toList())).toList();
        return new Trend(scorings.stream().map(DomainScoring::scoredOn).toList(), rows,
                scorings.stream().filter(s -> s.note() != null).map(s -> new Note(s.scoredOn(), s.note())).toList());
    }
}
