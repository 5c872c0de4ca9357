package nl.zvh.coveca.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.zvh.platform.outbox.Outbox;

/**
 * Opens a case (from triage, from re-integration or by hand) and publishes CoveCaCaseOpened in the same
 * transaction. A second opening for the same referral or track is ignored: one case per source.
 */
@ApplicationScoped
public class CaseOpening {

    /** What a new case starts with. */
    public record OpenCase(String house, String municipality, Intensity intensity, SubApproach subApproach,
                           CaseSource source, UUID sourceReferralId, UUID sourceTrackId, LocalDate startDate,
                           String processDirectorId, String processDirectorName, List<PersonData> persons,
                           List<CaseRequests.NewPartner> partners) {
    }

    /** A person as the source knows it. */
    public record PersonData(UUID personId, PersonRole role, String relation, String firstName,
                             String surnamePrefix, String lastName, LocalDate dateOfBirth, String bsn,
                             String gender) {
    }

    @Inject
    Outbox outbox;

    /** @return the new case, or empty when the source already opened one */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<CovecaCase> open(OpenCase command) {
        if (command.sourceReferralId() != null && CovecaCase.count("house = ?1 and sourceReferralId = ?2",
                command.house(), command.sourceReferralId()) > 0) {
            return Optional.empty();
        }
        if (command.sourceTrackId() != null && CovecaCase.count("house = ?1 and sourceTrackId = ?2",
                command.house(), command.sourceTrackId()) > 0) {
            return Optional.empty();
        }
        CovecaCase c = new CovecaCase();
        c.id = UUID.randomUUID();
        c.house = command.house();
        c.municipality = command.municipality();
        c.intensity = command.intensity();
        c.subApproach = command.subApproach();
        c.status = CaseStatus.OPEN;
        c.source = command.source();
        c.sourceReferralId = command.sourceReferralId();
        c.sourceTrackId = command.sourceTrackId();
        c.processDirectorId = command.processDirectorId();
        c.processDirectorName = command.processDirectorName();
        c.openedAt = Instant.now();
        c.startDate = command.startDate() == null ? LocalDate.now() : command.startDate();
        for (PersonData person : command.persons()) {
            addPerson(c, person);
        }
        for (CaseRequests.NewPartner partner : command.partners()) {
            addPartner(c, partner);
        }
        c.persist();
        outbox.publish(CaseEvents.TOPIC, c.id.toString(), CaseEvents.OPENED, 1, c.house,
                CaseEvents.CoveCaCaseOpenedV1.of(c));
        return Optional.of(c);
    }

    static CasePerson addPerson(CovecaCase c, PersonData data) {
        CasePerson p = new CasePerson();
        p.id = UUID.randomUUID();
        p.caseFile = c;
        p.personId = data.personId() == null ? UUID.randomUUID() : data.personId();
        p.role = data.role();
        p.relation = data.relation();
        p.firstName = data.firstName();
        p.surnamePrefix = data.surnamePrefix();
        p.lastName = data.lastName();
        p.dateOfBirth = data.dateOfBirth();
        p.bsn = data.bsn();
        p.gender = data.gender();
        p.addedAt = Instant.now();
        c.persons.add(p);
        return p;
    }

    static CasePartner addPartner(CovecaCase c, CaseRequests.NewPartner data) {
        CasePartner p = new CasePartner();
        p.id = UUID.randomUUID();
        p.caseFile = c;
        p.organisation = data.organisation().strip();
        p.contactName = data.contactName();
        p.contactPhone = data.contactPhone();
        p.contactEmail = data.contactEmail();
        p.addedAt = Instant.now();
        c.partners.add(p);
        return p;
    }
}
