package nl.zvh.trafficking.registers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.audit.AuditLog;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.trafficking.registers.RegisterInputs.AwarenessSessionView;
import nl.zvh.trafficking.registers.RegisterInputs.NewAwarenessSession;
import nl.zvh.trafficking.registers.RegisterInputs.NewSignalsTableSession;
import nl.zvh.trafficking.registers.RegisterInputs.SignalsTableSessionView;
import nl.zvh.trafficking.signal.Signals;

/** The house's registers: signals table sessions and awareness sessions, recorded and listed per year. */
@ApplicationScoped
public class Registers {
    private static final String BY_YEAR = "house = ?1 and (?2 = 0 or year(heldOn) = ?2) order by heldOn desc";

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Signals signals;

    /** A signals table session; only the house's own signals can be listed as discussed. */
    @Transactional
    public SignalsTableSessionView recordSignalsTable(NewSignalsTableSession in) {
        String house = user.requireHouse();
        if (in.signalsDiscussed() != null) {
            for (UUID signal : in.signalsDiscussed()) {
                if (!signals.existsInHouse(signal, house)) {
                    throw ProblemException.invalid("signalsDiscussed", "unknown signal " + signal);
                }
            }
        }
        SignalsTableSession session = new SignalsTableSession();
        session.id = UUID.randomUUID();
        session.house = house;
        session.heldOn = in.heldOn();
        session.attendees.addAll(in.attendees());
        if (in.signalsDiscussed() != null) {
            session.signalsDiscussed.addAll(in.signalsDiscussed());
        }
        session.followUp = in.followUp();
        session.createdAt = Instant.now();
        session.persist();
        for (UUID signal : session.signalsDiscussed) {
            audit.record(AuditAction.UPDATE, Signals.AUDIT_TYPE, signal.toString(), null, "signals-table");
        }
        return SignalsTableSessionView.of(session);
    }

    /** The house's signals table sessions of {@code year} (all years when null), newest first. */
    @Transactional
    public List<SignalsTableSessionView> signalsTables(Integer year) {
        return SignalsTableSession.<SignalsTableSession>list(BY_YEAR, user.requireHouse(), year == null ? 0 : year)
                .stream().map(SignalsTableSessionView::of).toList();
    }

    @Transactional
    public AwarenessSessionView recordAwareness(NewAwarenessSession in) {
        AwarenessSession session = new AwarenessSession();
        session.id = UUID.randomUUID();
        session.house = user.requireHouse();
        session.heldOn = in.heldOn();
        session.audience = in.audience();
        session.organisation = in.organisation();
        session.participants = in.participants();
        session.topic = in.topic();
        session.createdAt = Instant.now();
        session.persist();
        return AwarenessSessionView.of(session);
    }

    /** The house's awareness sessions of {@code year} (all years when null), newest first. */
    @Transactional
    public List<AwarenessSessionView> awareness(Integer year) {
        return AwarenessSession.<AwarenessSession>list(BY_YEAR, user.requireHouse(), year == null ? 0 : year).stream()
                .map(AwarenessSessionView::of).toList();
    }
}
