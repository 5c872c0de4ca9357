package nl.zvh.lifecourse.cter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.zvh.lifecourse.candidates.LifecourseAudit;
import nl.zvh.lifecourse.cter.CterRequests.NewPerson;
import nl.zvh.lifecourse.persons.KnownPersons;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.problem.ProblemException;

/**
 * The CTER team's register of the house: persons reported by a member or started by the triage table (once per
 * referral). Every read or change is audited as {@code cter-person}.
 */
@ApplicationScoped
public class CterPersons {
    public static final String PURPOSE = "cter-weighing";
    /** Who records that the approach started: the consumer of CoVeCa's CoveCaCaseOpened. */
    public static final String APPROACH_CONSUMER = "coveca-case-opened";

    @Inject
    LifecourseAudit audit;

    @Transactional
    public CterPerson report(String house, NewPerson request) {
        KnownPersons.require(CterPerson.class, house, request.personId(), request.firstName(), request.lastName());
        CterPerson p = CterPerson.reported(house, request, Instant.now());
        p.persist();
        audit(AuditAction.CREATE, p);
        return p;
    }

    /** Registers the main person of a triage decision, audited as the consumer's change; empty when already there. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<CterPerson> registerFromTriage(String house, String municipality, UUID personId, String firstName,
            String lastName, UUID referralId, String consumer) {
        if (registeredFrom(referralId)) {
            return Optional.empty();
        }
        CterPerson p = CterPerson.fromTriage(house, municipality, personId, firstName, lastName, referralId,
                Instant.now());
        p.persist();
        audit.bySystem(AuditAction.CREATE, LifecourseAudit.CTER, p.id(), p.personId(), house, consumer, PURPOSE);
        return Optional.of(p);
    }

    /**
     * CoVeCa opened the case of the person-oriented approach handed over for {@code cterPersonId}: recorded on the
     * person (audited as the consumer's change) once; false when already recorded, or the person is not (or no
     * longer) on the house's register or no approach is handed over any more.
     */
    @Transactional
    public boolean approachStarted(String house, UUID cterPersonId, UUID caseId, LocalDate startDate) {
        Optional<CterPerson> person = inHouse(cterPersonId, house);
        if (person.isEmpty() || !person.get().approachStarted(caseId, startDate)) {
            return false;
        }
        CterPerson p = person.get();
        audit.bySystem(AuditAction.UPDATE, LifecourseAudit.CTER, p.id(), p.personId(), house, APPROACH_CONSUMER,
                PURPOSE);
        return true;
    }

    /** True when the triage table's decision about this referral is on a register (of any house). */
    public boolean registeredFrom(UUID referralId) {
        return CterPerson.count("sourceReferralId", referralId) > 0;
    }

    /** The house's register in order of reporting, each audited as a search. */
    @Transactional
    public List<CterPerson> list(String house) {
        List<CterPerson> found = CterPerson
                .<CterPerson>find("house = ?1 and erasedAt is null order by reportedAt", house).list();
        found.forEach(p -> audit(AuditAction.SEARCH, p));
        return found;
    }

    /** One person of the house's register, audited as read; else a 404 problem. */
    @Transactional
    public CterPerson read(UUID id, String house) {
        CterPerson p = inHouse(id, house).orElseThrow(() -> ProblemException.notFound("CTER person " + id));
        audit(AuditAction.READ, p);
        return p;
    }

    /** The house's persons with a follow-up date, the earliest first, each audited as a search. */
    @Transactional
    public List<CterPerson> forReview(String house) {
        List<CterPerson> found = CterPerson.<CterPerson>find(
                "house = ?1 and erasedAt is null and reviewDate is not null order by reviewDate", house).list();
        found.forEach(p -> audit(AuditAction.SEARCH, p));
        return found;
    }

    /** The house's person, not audited: for the caller that audits what it shows. */
    public Optional<CterPerson> inHouse(UUID id, String house) {
        return CterPerson.<CterPerson>find("id = ?1 and house = ?2 and erasedAt is null", id, house)
                .firstResultOptional();
    }

    public void audit(AuditAction action, CterPerson p) {
        audit.record(action, LifecourseAudit.CTER, p.id(), p.personId(), PURPOSE);
    }
}
