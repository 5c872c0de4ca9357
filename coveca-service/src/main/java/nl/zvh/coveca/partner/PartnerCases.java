package nl.zvh.coveca.partner;

import io.quarkus.panache.common.Parameters;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zvh.coveca.cases.CaseAudit;
import nl.zvh.coveca.cases.CovecaCase;
import nl.zvh.coveca.meeting.MeetingView;
import nl.zvh.coveca.meeting.NetworkMeeting;
import nl.zvh.coveca.plan.Agreement;
import nl.zvh.coveca.plan.AgreementStatus;
import nl.zvh.coveca.plan.PlanRequests;
import nl.zvh.coveca.plan.PlanView;
import nl.zvh.coveca.plan.Plans;
import nl.zvh.coveca.safety.SafetyNotes;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.platform.ui.shell.SignedInUser;

/**
 * What a partner professional sees and does, scoped in every query to the cases of the caller's house its
 * organisation is involved in (involvement not ended), its own organisation's agreements and the meetings it was
 * invited to. Anything else is "not found". Reads are audited per person of the case, like a process director's.
 */
@ApplicationScoped
public class PartnerCases {
    public static final String PURPOSE = "case-partner";
    public static final int MAX_NOTE_LENGTH = 2000;
    private static final String INVOLVED = "select c from CovecaCase c where c.house = :house and c.erasedAt is null"
            + " and exists (select 1 from CasePartner p where p.caseFile = c"
            + " and lower(p.organisation) = lower(:organisation) and p.endedAt is null)";
    private static final List<AgreementStatus> TO_DO = List.of(AgreementStatus.OPEN, AgreementStatus.OVERDUE);

    @Inject
    CurrentUser user;

    @Inject
    SecurityIdentity identity;

    @Inject
    CaseAudit audit;

    @Inject
    Plans plans;

    @Inject
    SafetyNotes safetyNotes;

    /** The cases the caller's organisation is involved in (at most 500, newest first); each main person audited. */
    @Transactional
    public List<PartnerCaseView.Item> list() {
        List<CovecaCase> cases = CovecaCase
                .<CovecaCase>find(INVOLVED + " order by c.startDate desc, c.openedAt desc", scope()).page(0, 500)
                .list();
        if (cases.isEmpty()) {
            return List.of();
        }
        Map<UUID, Long> toDo = new HashMap<>();
        Agreement
                .<Agreement>list("caseId in ?1 and lower(ownerOrganisation) = lower(?2) and status in ?3",
                        cases.stream().map(CovecaCase::id).toList(), user.requireOrganisation(), TO_DO)
                .forEach(a -> toDo.merge(a.caseId, 1L, Long::sum));
        audit.searched(cases, PURPOSE);
        return cases.stream().map(c -> new PartnerCaseView.Item(c.id(), c.mainPersonName("?"), c.municipality(),
                c.status(), c.startDate(), toDo.getOrDefault(c.id(), 0L))).toList();
    }

    /** The case as the partner sees it (404 when its organisation is not involved); audited as a read. */
    @Transactional
    public PartnerCaseView get(UUID caseId) {
        CovecaCase c = require(caseId);
        audit.persons(AuditAction.READ, c, PURPOSE);
        return view(c);
    }

    /** The partner marks its own organisation's agreement done; the plan records it as any status change. */
    @Transactional
    public PartnerCaseView markDone(UUID caseId, UUID agreementId) {
        CovecaCase c = require(caseId);
        Agreement a = own(c, agreementId);
        plans.changeStatus(c.id(), a.id, new PlanRequests.StatusChange(AgreementStatus.DONE, null));
        answer(c, a, AnswerKind.DONE, null);
        return view(c);
    }

    /** The partner asks the process director to change its open agreement, saying why in {@code note}. */
    @Transactional
    public PartnerCaseView askChange(UUID caseId, UUID agreementId, String note) {
        CovecaCase c = require(caseId);
        Agreement a = own(c, agreementId);
        if (note == null || note.isBlank() || note.strip().length() > MAX_NOTE_LENGTH) {
            throw ProblemException.invalid("note", "is required, at most " + MAX_NOTE_LENGTH + " characters");
        }
        c.requireOpen();
        if (!TO_DO.contains(a.status)) {
            throw ProblemException.conflict("agreement " + agreementId + " is already " + a.status);
        }
        answer(c, a, AnswerKind.CHANGE_REQUESTED, note.strip());
        audit.persons(AuditAction.UPDATE, c, PURPOSE);
        return view(c);
    }

    /** The partners' answers on the given cases, newest first (for the process director's worklist). */
    public List<PartnerCaseView.Answer> answersOn(Collection<UUID> caseIds, Instant since) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        List<PartnerAnswer> answers = PartnerAnswer
                .<PartnerAnswer>list("caseId in ?1 and answeredAt >= ?2 order by answeredAt desc", caseIds, since);
        return answers(answers);
    }

    private void answer(CovecaCase c, Agreement a, AnswerKind kind, String note) {
        new PartnerAnswer(c.id(), a.id, user.requireOrganisation(), kind, note, user.id(),
                SignedInUser.of(identity).displayName(), Instant.now()).persist();
    }

    private PartnerCaseView view(CovecaCase c) {
        String organisation = user.requireOrganisation();
        List<PlanView.AgreementView> agreements = Agreement
                .<Agreement>list("caseId = ?1 and lower(ownerOrganisation) = lower(?2) order by dueDate, createdAt",
                        c.id(), organisation)
                .stream().map(PlanView.AgreementView::of).toList();
        List<MeetingView> meetings = NetworkMeeting
                .<NetworkMeeting>list(
                        "select distinct m from NetworkMeeting m join m.participants p where m.caseId = ?1"
                                + " and lower(p.organisation) = lower(?2) order by m.scheduledAt desc",
                        c.id(), organisation)
                .stream().map(MeetingView::of).toList();
        List<PartnerAnswer> answers = PartnerAnswer.<PartnerAnswer>list(
                "caseId = ?1 and lower(organisation) = lower(?2) order by answeredAt desc", c.id(), organisation);
        PlanView plan = plans.view(c);
        return new PartnerCaseView(c.id(), c.mainPersonName("?"), c.municipality(), c.status(), c.startDate(),
                c.processDirectorDisplayName(), organisation, safetyNotes.of(c), plan.version(), plan.goals(),
                agreements, meetings, answers(answers));
    }

    private static List<PartnerCaseView.Answer> answers(List<PartnerAnswer> answers) {
        if (answers.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> descriptions = new HashMap<>();
        Agreement.<Agreement>list("id in ?1", answers.stream().map(a -> a.agreementId).distinct().toList())
                .forEach(a -> descriptions.put(a.id, a.description));
        return answers.stream().map(a -> new PartnerCaseView.Answer(a.id, a.caseId, a.agreementId,
                descriptions.get(a.agreementId), a.organisation, a.kind, a.note, a.answeredByName, a.answeredAt,
                a.reply == null ? null : new PartnerCaseView.Reply(a.reply, a.replyNote, a.repliedByName, a.repliedAt)))
                .toList();
    }

    /** The case if the caller's organisation is involved in it (404 otherwise); the caller audits. */
    public CovecaCase involved(UUID caseId) {
        return require(caseId);
    }

    private CovecaCase require(UUID caseId) {
        return CovecaCase.<CovecaCase>find(INVOLVED + " and c.id = :id", scope().and("id", caseId))
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("case " + caseId));
    }

    private Agreement own(CovecaCase c, UUID agreementId) {
        return Agreement
                .<Agreement>find("id = ?1 and caseId = ?2 and lower(ownerOrganisation) = lower(?3)", agreementId,
                        c.id(), user.requireOrganisation())
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("agreement " + agreementId));
    }

    private Parameters scope() {
        return Parameters.with("house", user.requireHouse()).and("organisation", user.requireOrganisation());
    }
}
