package nl.zvh.reintegration.measures;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Response bodies of the BIJ, ISD and article 18b endpoints. */
public final class MeasureViews {
    private MeasureViews() {
    }

    /** A BIJ item. */
    public record Bij(UUID id, UUID trackId, BijItem.OffenceCategory offenceCategory, LocalDate mayorNotifiedOn,
            BijItem.Assessment assessment, LocalDate assessedOn, String measures, boolean awaitingMayor) {
        static Bij of(BijItem b) {
            return new Bij(b.id, b.trackId, b.offenceCategory, b.mayorNotifiedOn, b.assessment, b.assessedOn,
                    b.measures, b.awaitingMayor());
        }
    }

    /** A BIJ item awaiting the mayor, with who and when it concerns (the coordinator's list). */
    public record AwaitingMayor(UUID bijId, UUID trackId, String personName, String municipality,
            LocalDate expectedReleaseDate, BijItem.OffenceCategory offenceCategory, LocalDate mayorNotifiedOn) {
    }

    /** An ISD order. */
    public record Isd(UUID id, UUID trackId, LocalDate termStart, LocalDate termEnd, IsdPhase.Phase currentPhase,
            List<Phase> phases) {
        static Isd of(IsdOrder o, LocalDate today) {
            IsdPhase.Phase current = o.phases.stream().filter(p -> !p.startsOn.isAfter(today)).reduce((a, b) -> b)
                    .map(p -> p.phase).orElse(null);
            return new Isd(o.id, o.trackId, o.termStart, o.termEnd, current,
                    o.phases.stream().map(p -> new Phase(p.phase, p.startsOn, p.notes)).toList());
        }
    }

    /** A phase of an ISD order. */
    public record Phase(IsdPhase.Phase phase, LocalDate startsOn, String notes) {
    }

    /** An article 18b exchange. */
    public record Article18b(UUID id, UUID trackId, Article18bExchange.Direction direction, LocalDate requestedOn,
            String question, LocalDate answeredOn, String answer) {
        static Article18b of(Article18bExchange e) {
            return new Article18b(e.id, e.trackId, e.direction, e.requestedOn, e.question, e.answeredOn, e.answer);
        }
    }
}
