package nl.zvh.lifecourse.inbound;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.zvh.lifecourse.candidates.Candidate;
import nl.zvh.lifecourse.candidates.Candidates;
import nl.zvh.platform.programme.ProgrammeStart;
import nl.zvh.platform.programme.ProgrammeStart.Starts;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The triage table starts the life-course approach (TriageDecided v1, programme LIFECOURSE): the referral's main
 * person becomes a candidate for the inclusion table, once per referral.
 */
@ApplicationScoped
@Starts(programme = "LIFECOURSE", consumer = "lifecourse-candidate-triage")
public class LifecourseStart extends ProgrammeStart {

    @Inject
    Candidates candidates;

    @Incoming("triage-decisions")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        follow(record);
    }

    @Override
    protected boolean start(Start start) {
        MainPerson main = MainPerson.of(start);
        return candidates.proposeFromTriage(new Candidate.Proposal(start.house(), start.municipality(), main.personId(),
                main.firstName(), main.lastName(), main.dateOfBirth(), Candidates.TRIAGE, start.referralId()),
                consumer()).isPresent();
    }
}
