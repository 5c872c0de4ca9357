package nl.zvh.triage.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A decision as shown, with the time from the submission to the feedback (the decision reaches the referrer through
 * TriageDecided; never negative) and whether that happened in the session's week.
 */
public record DecisionView(UUID referralId, UUID sessionId, LocalDate sessionDate, Instant decidedAt, String decidedBy,
        Outcome outcome, Programme programme, Intensity intensity, SubApproach subApproach, String advice,
        String rationale, List<String> membersPresent, long feedbackMinutes, boolean feedbackSameWeek) {

    static DecisionView of(Decision d) {
        LocalDate decidedOn = d.decidedAt.atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate();
        boolean sameWeek = decidedOn.get(IsoFields.WEEK_BASED_YEAR) == d.sessionDate.get(IsoFields.WEEK_BASED_YEAR)
                && decidedOn.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == d.sessionDate
                        .get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return new DecisionView(d.referralId, d.sessionId, d.sessionDate, d.decidedAt, d.decidedBy, d.outcome,
                d.programme, d.intensity, d.subApproach, d.advice, d.rationale,
                Arrays.asList(d.membersPresent.split(",")), d.feedbackTime().toMinutes(), sameWeek);
    }
}
