package nl.zvh.triage.check;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** How checks are shown: to the partner who answers, and to the table. */
public final class CheckViews {
    private CheckViews() {
    }

    /** An answer. */
    public record AnswerView(boolean known, String summary, String sourceSystem, Sensitivity sensitivity,
            Instant answeredAt, String answeredBy) {
        static AnswerView of(FamiliarityCheck c) {
            return c.status == CheckStatus.ANSWERED
                    ? new AnswerView(Boolean.TRUE.equals(c.known), c.summary, c.sourceSystem, c.sensitivity,
                            c.answeredAt, c.answeredBy)
                    : null;
        }
    }

    /** A check as the partner organisation sees it: the persons to look up, and its own answer. */
    public record PartnerCheck(UUID checkId, UUID referralId, String house, String organisation, LocalDate deadline,
            LocalDate sessionDate, CheckStatus status, boolean overdue, boolean reminded,
            List<FamiliarityCheckRequested.Person> persons, AnswerView answer) {
        static PartnerCheck of(FamiliarityCheck c, LocalDate today) {
            return new PartnerCheck(c.checkId, c.referral.referralId(), c.house, c.organisation, c.deadline,
                    c.session.sessionDate, c.status, c.isOverdue(today), c.remindedAt != null,
                    FamiliarityCheckRequested.Person.of(c), AnswerView.of(c));
        }
    }

    /**
     * A check as the table sees it. Before the session an answer is shown only to members of the answering
     * organisation ({@code answerVisible} false, {@code answer} null for the others); a strictly confidential answer
     * only to them and the chair, the others see that it exists and that the partner explains at the table
     * ({@code confidential}).
     */
    public record TableCheck(UUID checkId, String organisation, LocalDate deadline, CheckStatus status, boolean overdue,
            boolean answerVisible, AnswerView answer, boolean confidential) {
    }

    /** An overdue check, flagged to the chair (no answer content, no names). */
    public record OverdueCheck(UUID checkId, UUID referralId, String organisation, LocalDate deadline,
            LocalDate sessionDate) {
    }
}
