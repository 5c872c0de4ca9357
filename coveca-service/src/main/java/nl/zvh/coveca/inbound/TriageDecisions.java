package nl.zvh.coveca.inbound;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.zvh.coveca.cases.CaseOpening;
import nl.zvh.coveca.cases.CaseRequests;
import nl.zvh.coveca.cases.CaseSource;
import nl.zvh.coveca.cases.Intensity;
import nl.zvh.coveca.cases.OpenCase;
import nl.zvh.coveca.cases.PersonData;
import nl.zvh.coveca.cases.PersonRole;
import nl.zvh.coveca.cases.SubApproach;
import nl.zvh.platform.programme.ProgrammeStart;
import nl.zvh.platform.programme.ProgrammeStart.Starts;
import nl.zvh.platform.programme.TriageDecision;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * CoVeCa's programme start: the triage table starting a CoVeCa approach (TriageDecided v1, owned by triage-service)
 * opens one case for the referral with its persons, intensity and sub-approach (unknown codes: MAATWERK, REGULAR), the
 * referrer's organisation as the first involved partner and the decision date as start date. The policy for
 * malformed decisions, other versions and repeated decisions is the platform's ({@link ProgrammeStart}).
 */
@ApplicationScoped
@Starts(programme = "COVECA", consumer = "coveca-case-opening-triage")
public class TriageDecisions extends ProgrammeStart {

    @Inject
    CaseOpening opening;

    @Incoming("triage-decisions")
    @Blocking
    public void onTriageEvent(ConsumerRecord<String, String> record) {
        follow(record);
    }

    @Override
    protected boolean start(Start start) {
        TriageDecision d = start.decision();
        List<PersonData> persons = start.persons().stream().map(TriageDecisions::person).toList();
        List<CaseRequests.NewPartner> partners = d.referrerOrganisation() == null
                ? List.of()
                : List.of(new CaseRequests.NewPartner(d.referrerOrganisation(), null, null, null));
        return opening.openOnEvent(new OpenCase(start.house(), start.municipality(),
                Codes.parse(Intensity.class, d.intensity(), Intensity.MAATWERK),
                Codes.parse(SubApproach.class, d.subApproach(), SubApproach.REGULAR), CaseSource.TRIAGE,
                start.referralId(), null, Codes.dayOf(d.decidedAt()), null, persons, partners), consumer()).isPresent();
    }

    private static PersonData person(TriageDecision.Person p) {
        return new PersonData(p.identity(), p.main() ? PersonRole.MAIN : PersonRole.SYSTEM_MEMBER, p.relation(),
                p.genderCode());
    }
}
