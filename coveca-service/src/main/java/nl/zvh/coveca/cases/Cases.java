package nl.zvh.coveca.cases;

import io.quarkus.panache.common.Parameters;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.person.PersonIdentity;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.platform.ui.shell.SignedInUser;

/** Opening by hand, reading, listing, adding persons and partners, taking over process direction. Audited. */
@ApplicationScoped
public class Cases {

    @Inject
    CurrentUser user;

    @Inject
    CaseScope scope;

    @Inject
    CaseOpening opening;

    @Inject
    CaseAudit audit;

    @Inject
    SecurityIdentity identity;

    @Inject
    EntityManager em;

    @Transactional
    public CaseView open(CaseRequests.NewCase request) {
        String house = user.requireHouse();
        List<PersonData> persons = new ArrayList<>();
        persons.add(person(request.mainPerson(), PersonRole.MAIN));
        if (request.systemMembers() != null) {
            request.systemMembers().forEach(p -> persons.add(person(p, PersonRole.SYSTEM_MEMBER)));
        }
        List<CaseRequests.NewPartner> partners = new ArrayList<>();
        if (request.partners() != null) {
            partners.addAll(request.partners());
        }
        if (!scope.isHouseStaff() && partners.stream()
                .noneMatch(p -> p.organisation().strip().equalsIgnoreCase(user.requireOrganisation()))) {
            // a partner's process director opens the case for its own organisation too
            partners.add(0, new CaseRequests.NewPartner(user.requireOrganisation(),
                    displayName() == null ? user.name() : displayName(), null, null));
        }
        CovecaCase c = opening.open(new OpenCase(house, request.municipality().strip(), request.intensity(),
                request.subApproach(), CaseSource.MANUAL, null, null, request.startDate(), me(), persons, partners))
                .orElseThrow();
        audit.persons(AuditAction.CREATE, c, "case-opening");
        return CaseView.of(c);
    }

    @Transactional
    public CaseView get(UUID id) {
        CovecaCase c = scope.requireReadable(id);
        audit.read(c);
        return CaseView.of(c);
    }

    @Transactional
    public List<CaseSummary> list(CaseStatus status, UUID sourceReferralId, UUID sourceTrackId) {
        return seen(status, sourceReferralId, sourceTrackId, CaseAudit.PURPOSE).stream()
                .map(c -> CaseSummary.of(c, user.id())).toList();
    }

    /**
     * The cases the caller sees (at most 500), newest first, optionally of one status and source; each main person
     * shown is audited as a search for {@code purpose}.
     */
    @Transactional
    public List<CovecaCase> seen(CaseStatus status, UUID sourceReferralId, UUID sourceTrackId, String purpose) {
        StringBuilder where = new StringBuilder();
        Parameters parameters = new Parameters();
        if (sourceReferralId != null) {
            where.append(" and c.sourceReferralId = :referral");
            parameters.and("referral", sourceReferralId);
        }
        if (sourceTrackId != null) {
            where.append(" and c.sourceTrackId = :track");
            parameters.and("track", sourceTrackId);
        }
        return seenWhere(status, where.toString(), parameters, purpose);
    }

    /**
     * The open cases the caller sees that {@code directorId} directs, or without a process director when it is null
     * (at most 500, newest first; audited as {@link #seen}, or not at all when {@code purpose} is null: the caller
     * then audits what it shows with {@link #searched}).
     */
    @Transactional
    public List<CovecaCase> directedBy(String directorId, String purpose) {
        return directorId == null
                ? seenWhere(CaseStatus.OPEN, " and c.processDirectorId is null", new Parameters(), purpose)
                : seenWhere(CaseStatus.OPEN, " and c.processDirectorId = :director",
                        Parameters.with("director", directorId), purpose);
    }

    private List<CovecaCase> seenWhere(CaseStatus status, String extra, Parameters extraParameters, String purpose) {
        StringBuilder where = new StringBuilder("select c from CovecaCase c where ").append(scope.where());
        Parameters parameters = scope.parameters();
        if (status != null) {
            where.append(" and c.status = :status");
            parameters.and("status", status);
        }
        where.append(extra);
        extraParameters.map().forEach(parameters::and);
        where.append(" order by c.startDate desc, c.openedAt desc");
        List<CovecaCase> cases = CovecaCase.<CovecaCase>find(where.toString(), parameters).page(0, 500).list();
        if (purpose != null) {
            audit.searched(cases, purpose);
        }
        return cases;
    }

    /** Audits the main persons of cases shown in a list, as a search for {@code purpose}, in one statement. */
    public void searched(List<CovecaCase> cases, String purpose) {
        if (!cases.isEmpty()) {
            audit.searched(cases, purpose);
        }
    }

    @Transactional
    public CaseView addPerson(UUID id, CaseRequests.NewPerson request) {
        CovecaCase c = scope.requireOpen(id);
        CasePerson added = c.addPerson(person(request, PersonRole.SYSTEM_MEMBER), Instant.now());
        added.persist();
        audit.person(AuditAction.CREATE, c, added.personId(), "case-person-added");
        return CaseView.of(c);
    }

    @Transactional
    public CaseView addPartner(UUID id, CaseRequests.NewPartner request) {
        CovecaCase c = scope.requireOpen(id);
        c.involve(request, Instant.now()).persist();
        return CaseView.of(c);
    }

    /** A system member leaves the open case (audited as a change of the person's case). */
    @Transactional
    public CaseView endPerson(UUID id, UUID personId) {
        CovecaCase c = scope.requireOpen(id);
        c.endPerson(personId, Instant.now());
        audit.person(AuditAction.UPDATE, c, personId, "case-person-ended");
        return CaseView.of(c);
    }

    /** A partner organisation's involvement in the open case ends. */
    @Transactional
    public CaseView endPartner(UUID id, String organisation) {
        CovecaCase c = scope.requireOpen(id);
        c.endPartner(organisation, Instant.now());
        return CaseView.of(c);
    }

    /** The open case's intensity and sub-approach change. */
    @Transactional
    public CaseView reclassify(UUID id, Intensity intensity, SubApproach subApproach) {
        CovecaCase c = scope.requireOpen(id);
        c.reclassify(intensity, subApproach);
        audit.persons(AuditAction.UPDATE, c, "case-reclassified");
        return CaseView.of(c);
    }

    /** The caller becomes the case's process director. */
    @Transactional
    public CaseView takeOver(UUID id) {
        CovecaCase c = scope.requireOpen(id);
        c.directedBy(me());
        audit.persons(AuditAction.UPDATE, c, "process-director-assigned");
        return CaseView.of(c);
    }

    /** True when {@code meetingId} is a network meeting of the case (a closing meeting, an agreement's meeting). */
    public boolean hasMeeting(UUID caseId, UUID meetingId) {
        return ((Number) em.createNativeQuery("select count(*) from network_meeting where id = ?1 and case_id = ?2")
                .setParameter(1, meetingId).setParameter(2, caseId).getSingleResult()).intValue() > 0;
    }

    /** The caller as process director, with the name people read (token claim {@code name}, may be null). */
    private ProcessDirector me() {
        return new ProcessDirector(user.id(), user.name(), displayName());
    }

    /** The caller's name as people read it (token claim {@code name}), or null when the token has none. */
    private String displayName() {
        return SignedInUser.of(identity).displayName();
    }

    /**
     * Person ids are the platform's: a supplied id is honoured only for a person of a case the caller sees, known by
     * the same first and last name (letter case aside); else 400 on {@code personId}. Without an id, a new person.
     */
    private PersonData person(CaseRequests.NewPerson p, PersonRole role) {
        if (p.personId() != null && CasePerson.count(
                "select count(p) from CasePerson p join p.caseFile c where " + scope.where()
                        + " and p.identity.personId = :person and lower(p.identity.firstName) = lower(:first)"
                        + " and lower(p.identity.lastName) = lower(:last)",
                scope.parameters().and("person", p.personId()).and("first", p.firstName().strip()).and("last",
                        p.lastName().strip())) == 0) {
            throw ProblemException.invalid("personId", "no person of a case you see is known by this id and name:"
                    + " leave personId empty to add a new person");
        }
        return new PersonData(new PersonIdentity(p.personId(), p.firstName().strip(), p.surnamePrefix(),
                p.lastName().strip(), p.dateOfBirth(), p.bsn()), role, role == PersonRole.MAIN ? null : p.relation(),
                null);
    }
}
