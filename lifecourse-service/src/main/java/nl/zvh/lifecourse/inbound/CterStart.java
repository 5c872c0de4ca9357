package nl.zvh.lifecourse.inbound;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.zvh.lifecourse.cter.CterPersons;
import nl.zvh.platform.programme.ProgrammeStart;
import nl.zvh.platform.programme.ProgrammeStart.Starts;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The triage table starts the CTER approach (TriageDecided v1, programme CTER): the referral's main person goes on
 * the CTER weighing team's register of the house (source TRIAGE, with the referral), once per referral.
 */
@ApplicationScoped
@Starts(programme = "CTER", consumer = "lifecourse-cter-start-triage")
public class CterStart extends ProgrammeStart {

    @Inject
    CterPersons persons;

    @Incoming("cter-starts")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        follow(record);
    }

    @Override
    protected boolean start(Start start) {
        MainPerson main = MainPerson.of(start);
        return persons.registerFromTriage(start.house(), start.municipality(), main.personId(), main.firstName(),
                main.lastName(), start.referralId(), consumer()).isPresent();
    }
}
