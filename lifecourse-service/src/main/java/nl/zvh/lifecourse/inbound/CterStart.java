package nl.zvh.lifecourse.inbound;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import nl.zvh.lifecourse.cter.CterPersons;
import nl.zvh.platform.programme.ProgrammeStart;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The triage table starts the CTER approach (TriageDecided v1, programme CTER): the referral's main person goes on
 * the CTER weighing team's register of the house (source TRIAGE, with the referral), once per referral.
 */
@ApplicationScoped
public class CterStart extends ProgrammeStart {
    static final String CONSUMER = "lifecourse-cter-start-triage";

    @Inject
    CterPersons persons;

    public CterStart() {
        super("CTER", CONSUMER);
    }

    @Incoming("cter-starts")
    @Blocking
    public void on(String json) {
        follow(json);
    }

    @Override
    protected boolean alreadyStarted(UUID referralId) {
        return persons.registeredFrom(referralId);
    }

    @Override
    protected void start(Start start) {
        MainPerson main = MainPerson.of(start);
        persons.registerFromTriage(start.house(), start.municipality(), main.personId(), main.firstName(),
                main.lastName(), start.referralId(), CONSUMER);
    }
}
