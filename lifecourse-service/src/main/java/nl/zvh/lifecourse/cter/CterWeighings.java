package nl.zvh.lifecourse.cter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.zvh.lifecourse.cter.CterRequests.NewWeighing;
import nl.zvh.lifecourse.cter.CterRequests.SessionView;
import nl.zvh.lifecourse.cter.CterRequests.WeighingView;
import nl.zvh.lifecourse.sessions.TableSessions;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.outbox.Outbox;
import nl.zvh.platform.problem.ProblemException;

/**
 * The CTER team's weighing sessions: a weighing records the outcome on the person and publishes CterOutcomeDecided in
 * the same transaction, and CterApproachHandedOver when it first decides a person-oriented approach; reading a session audits a read of every person it shows.
 */
@ApplicationScoped
public class CterWeighings extends TableSessions<CterSession, SessionView> {
    @Inject
    CterPersons persons;

    @Inject
    Outbox outbox;

    public CterWeighings() {
        super(CterSession.class, "CTER session", CterSession::new);
    }

    @Transactional
    public WeighingView weigh(UUID sessionId, String house, NewWeighing request, String user) {
        CterSession s = require(sessionId, house);
        CterPerson p = persons.inHouse(request.cterPersonId(), s.house())
                .orElseThrow(() -> ProblemException.invalid("cterPersonId", "no reported person of this house"));
        CterWeighing w = p.weigh(s, request, user, Instant.now());
        em.persist(w);
        outbox.publish(CterRequests.OUTCOME_DECIDED_V1, p.id(), p.house(), w.decided());
        w.handedOver().ifPresent(h -> outbox.publish(CterRequests.APPROACH_HANDED_OVER_V1, p.id(), p.house(), h));
        persons.audit(AuditAction.UPDATE, p);
        return w.view();
    }

    /** The session with its weighings (of persons not erased); every person it shows is audited as read, once. */
    @Override
    protected SessionView view(CterSession s) {
        List<CterWeighing> weighed = CterWeighing.<CterWeighing>find("session = ?1 order by decidedAt", s).stream()
                .filter(w -> !w.person().erased()).toList();
        weighed.stream().map(CterWeighing::person).distinct().forEach(p -> persons.audit(AuditAction.READ, p));
        return new SessionView(s.id(), s.sessionDate(), s.attendeeList(),
                weighed.stream().map(CterWeighing::view).toList());
    }
}
