package nl.zvh.coveca.partner;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.zvh.coveca.cases.CaseAudit;
import nl.zvh.coveca.cases.CaseScope;
import nl.zvh.coveca.cases.CovecaCase;
import nl.zvh.coveca.plan.Agreement;
import nl.zvh.coveca.plan.AgreementStatus;
import nl.zvh.coveca.plan.PlanRequests;
import nl.zvh.coveca.plan.Plans;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.platform.ui.shell.SignedInUser;

/**
 * The process director's answer on a partner's change request, on a case in their scope: accepted by changing the
 * agreement (description, owner, due date) or dropping it with a reason, or declined with a note. The plan's history
 * records each; the partner reads the answer on its page.
 */
@ApplicationScoped
public class ChangeRequests {

    @Inject
    CaseScope scope;

    @Inject
    CurrentUser user;

    @Inject
    SecurityIdentity identity;

    @Inject
    Plans plans;

    @Inject
    CaseAudit audit;

    /** The change requests on open agreements of the case still waiting for an answer, oldest first. */
    public List<ChangeRequest> open(CovecaCase c) {
        List<PartnerAnswer> asked = PartnerAnswer.<PartnerAnswer>list(
                "caseId = ?1 and kind = ?2 and reply is null order by answeredAt", c.id(), AnswerKind.CHANGE_REQUESTED);
        if (asked.isEmpty()) {
            return List.of();
        }
        Map<UUID, Agreement> agreements = Agreement
                .<Agreement>list("id in ?1 and status in ?2", asked.stream().map(a -> a.agreementId).toList(),
                        List.of(AgreementStatus.OPEN, AgreementStatus.OVERDUE))
                .stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        return asked.stream().filter(a -> agreements.containsKey(a.agreementId)).map(a -> {
            Agreement g = agreements.get(a.agreementId);
            return new ChangeRequest(a.id, g.id, g.description, g.ownerOrganisation, g.ownerPerson, g.dueDate,
                    a.organisation, a.note, a.answeredByName, a.answeredAt);
        }).toList();
    }

    /** Accepted: the agreement changes as {@code edit} says. */
    @Transactional
    public void change(UUID caseId, UUID requestId, PlanRequests.AgreementEdit edit) {
        CovecaCase c = scope.requireOpen(caseId);
        PartnerAnswer request = request(c, requestId);
        plans.editAgreement(c.id(), request.agreementId, edit);
        reply(request, ChangeReply.CHANGED, null);
    }

    /** Accepted: the agreement is dropped with {@code reason}. */
    @Transactional
    public void drop(UUID caseId, UUID requestId, String reason) {
        CovecaCase c = scope.requireOpen(caseId);
        PartnerAnswer request = request(c, requestId);
        plans.changeStatus(c.id(), request.agreementId,
                new PlanRequests.StatusChange(AgreementStatus.DROPPED, reason.strip()));
        reply(request, ChangeReply.DROPPED, reason.strip());
    }

    /** Declined with {@code note}; the agreement stays as it is. */
    @Transactional
    public void decline(UUID caseId, UUID requestId, String note) {
        CovecaCase c = scope.requireOpen(caseId);
        PartnerAnswer request = request(c, requestId);
        reply(request, ChangeReply.DECLINED, note.strip());
        plans.noted(c, request.agreementId, "CHANGE_DECLINED", note.strip());
        audit.persons(AuditAction.UPDATE, c, "change-request-declined");
    }

    private void reply(PartnerAnswer request, ChangeReply reply, String note) {
        request.reply(reply, note, user.id(), SignedInUser.of(identity).displayName(), Instant.now());
    }

    private static PartnerAnswer request(CovecaCase c, UUID requestId) {
        return PartnerAnswer
                .<PartnerAnswer>find("id = ?1 and caseId = ?2 and kind = ?3", requestId, c.id(),
                        AnswerKind.CHANGE_REQUESTED)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("change request " + requestId));
    }
}
