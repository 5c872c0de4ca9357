package nl.zvh.coveca.partner;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.zvh.coveca.cases.CaseStatus;
import nl.zvh.coveca.meeting.MeetingView;
import nl.zvh.coveca.plan.PlanView;
import nl.zvh.coveca.safety.SafetyNote;

/**
 * A case as a partner professional sees it: the summary, every safety note, the plan's goals, only its own
 * organisation's agreements with the answers given on them, and only the meetings its organisation was invited to.
 *
 * @param processDirectorName the process director's name as people read it, or null when unknown or unassigned
 */
public record PartnerCaseView(UUID id, String mainPersonName, String municipality, CaseStatus status,
        LocalDate startDate, String processDirectorName, String organisation, List<SafetyNote.View> safetyNotes,
        int planVersion, List<PlanView.GoalView> goals, List<PlanView.AgreementView> agreements,
        List<MeetingView> meetings, List<Answer> answers) {

    /** Whether the partner may still answer on its agreements. */
    public boolean open() {
        return status == CaseStatus.OPEN;
    }

    /** A case in the partner's list, with how many of its own agreements are still to do. */
    public record Item(UUID id, String mainPersonName, String municipality, CaseStatus status, LocalDate startDate,
            long openAgreements) {
    }

    /** A partner's answer on an agreement, as the partner and the process director read it. */
    public record Answer(UUID id, UUID caseId, UUID agreementId, String agreement, String organisation, AnswerKind kind,
            String note, String answeredByName, Instant answeredAt, Reply reply) {
    }

    /** The process director's answer on a change request. */
    public record Reply(ChangeReply kind, String note, String byName, Instant at) {
    }
}
