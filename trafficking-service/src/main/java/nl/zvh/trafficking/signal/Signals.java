package nl.zvh.trafficking.signal;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.audit.AuditLog;
import nl.zvh.platform.person.PersonIdentity;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.retention.ExpiringRecords;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.trafficking.reference.Municipalities;

/** Registering, reading and classifying signals. Every read or change of personal data is audited per person. */
@ApplicationScoped
public class Signals {
    public static final String AUDIT_TYPE = "trafficking-signal";

    /** The outcome of a registration: the signal and whether it was new (a repeated external reference is not). */
    public record Registered(UUID id, Object view, boolean created) {
    }

    @Inject
    CurrentUser user;

    @Inject
    SignalScope scope;

    @Inject
    Municipalities municipalities;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Transactional
    public Registered register(NewSignal in) {
        String house = user.requireHouse();
        String organisation = user.requireOrganisation();
        Channel channel = scope.isCoordinator() ? Channel.COORDINATOR : Channel.PARTNER_API;
        if (in.externalReference() != null) {
            Optional<Signal> existing = Signal
                    .find("reporterOrganisation = ?1 and externalReference = ?2", organisation, in.externalReference())
                    .firstResultOptional();
            if (existing.isPresent() && existing.get().house.equals(house)) {
                auditPersons(AuditAction.READ, existing.get(), "trafficking-signal-registration");
                return new Registered(existing.get().id, view(existing.get()), false);
            } else if (existing.isPresent()) {
                throw ProblemException.invalid("externalReference", "is already used by this organisation");
            }
        }
        LocalDate receivedOn = in.receivedOn() == null ? LocalDate.now() : in.receivedOn();
        if (!municipalities.isMunicipalityOf(house, in.municipality())) {
            throw ProblemException.invalid("municipality", "is not a municipality of this house");
        }
        SignalRules.sourceName(in.sourceType(), in.sourceName());
        SignalRules.dateOfBirth(in.presumedVictim().dateOfBirth(), receivedOn, "presumedVictim.dateOfBirth");
        Signal signal = new Signal();
        signal.id = UUID.randomUUID();
        signal.house = house;
        signal.receivedOn = receivedOn;
        signal.channel = channel;
        signal.sourceType = in.sourceType();
        signal.sourceName = in.sourceName() == null && channel == Channel.PARTNER_API ? organisation : in.sourceName();
        signal.reporterOrganisation = organisation;
        signal.reporterUserId = user.id();
        signal.externalReference = in.externalReference();
        signal.municipality = in.municipality();
        signal.exploitationTypes = EnumSet.copyOf(in.exploitationTypes());
        signal.primaryExploitationType = SignalRules.primary(in.exploitationTypes(), in.primaryExploitationType());
        if (in.indicators() != null) {
            signal.indicators.addAll(in.indicators());
        }
        signal.residenceStatus = in.residenceStatus();
        signal.alsoSuspect = in.alsoSuspect();
        signal.victimPerspective = in.victimPerspective();
        signal.perpetratorPerspective = in.perpetratorPerspective();
        signal.description = in.description();
        signal.createdAt = Instant.now();
        NewSignal.VictimInput v = in.presumedVictim();
        signal.add(new SignalPerson(PersonRole.PRESUMED_VICTIM,
                new PersonIdentity(null, v.firstName(), v.surnamePrefix(), v.lastName(), v.dateOfBirth(), v.bsn()),
                v.estimatedAge(), v.nationality(), null));
        signal.minor = Signal.minorAt(receivedOn, v.dateOfBirth(), v.estimatedAge());
        if (in.otherPersons() != null) {
            for (NewSignal.OtherPersonInput o : in.otherPersons()) {
                if (o.role() == PersonRole.PRESUMED_VICTIM) {
                    throw ProblemException.invalid("otherPersons", "the presumed victim is given in presumedVictim");
                }
                signal.add(new SignalPerson(o.role(),
                        new PersonIdentity(null, o.firstName(), o.surnamePrefix(), o.lastName(), o.dateOfBirth(), null),
                        null, o.nationality(), o.notes()));
            }
        }
        signal.persist();
        auditPersons(AuditAction.CREATE, signal, "trafficking-signal-registration");
        return new Registered(signal.id, view(signal), true);
    }

    @Transactional
    public Object get(UUID id) {
        Signal signal = scope.find(id).orElseThrow(() -> ProblemException.notFound("signal " + id));
        auditPersons(AuditAction.READ, signal, purpose());
        return view(signal);
    }

    @Transactional
    public List<?> list(Boolean undecided, int page, int size) {
        String where = scope.where() + (Boolean.TRUE.equals(undecided) ? " and outcome is null" : "");
        List<Signal> signals = Signal
                .<Signal>find(where, Sort.descending("receivedOn", "createdAt"), scope.parameters())
                .page(Page.of(page, size)).list();
        for (Signal signal : signals) {
            auditPersons(AuditAction.SEARCH, signal, purpose());
        }
        if (scope.isCoordinator()) {
            return signals.stream().map(s -> SignalSummary.of(s, approachOf(s.id))).toList();
        }
        return signals.stream().map(PartnerSignalView::of).toList();
    }

    /** How many signals {@link #list} pages through (for the coordinator's inbox). */
    @Transactional
    public long count() {
        return Signal.count(scope.where(), scope.parameters());
    }

    @Transactional
    public SignalView classify(UUID id, Classification in) {
        Signal signal = scope.requireForCoordinator(id);
        SignalRules.sourceName(in.sourceType(), in.sourceName());
        signal.exploitationTypes.clear();
        signal.exploitationTypes.addAll(in.exploitationTypes());
        signal.primaryExploitationType = SignalRules.primary(in.exploitationTypes(), in.primaryExploitationType());
        signal.sourceType = in.sourceType();
        signal.sourceName = in.sourceName();
        auditPersons(AuditAction.UPDATE, signal, "trafficking-signal-classification");
        return coordinatorView(signal);
    }

    @Transactional
    public SignalView registerNationally(UUID id, NationalRegistrationInput in) {
        Signal signal = scope.requireForCoordinator(id);
        if (in.reported()) {
            if (in.reportedOn() == null) {
                throw ProblemException.invalid("reportedOn", "is required when the victim was reported");
            }
            if (in.reportingOrganisation() == null || in.reportingOrganisation().isBlank()) {
                throw ProblemException.invalid("reportingOrganisation", "is required when the victim was reported");
            }
            if (in.reportedOn().isBefore(signal.receivedOn)) {
                throw ProblemException.invalid("reportedOn", "lies before the signal was received");
            }
        }
        signal.reportedToNationalCentre = in.reported();
        signal.nationalReportOn = in.reported() ? in.reportedOn() : null;
        signal.nationalReportingOrganisation = in.reported() ? in.reportingOrganisation() : null;
        signal.nationalReportReference = in.reported() ? in.reference() : null;
        auditPersons(AuditAction.UPDATE, signal, "trafficking-national-registration");
        return coordinatorView(signal);
    }

    /** Whether a signal of {@code house} has this id (erased ones too: a session may name them). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean existsInHouse(UUID id, String house) {
        return Signal.count("id = ?1 and house = ?2", id, house) > 0;
    }

    /** Whether a signal was already opened from this referral (triage decided it again under another event id). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean openedFrom(UUID referralId) {
        return Signal.count("sourceReferralId", referralId) > 0;
    }

    /**
     * Opens a signal from triage's decision, in the consuming transaction ({@link TriageSignal}); a referral opens at
     * most one signal (empty when it already did).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Signal> openFromTriage(UUID referralId, TriageSignal triage) {
        if (openedFrom(referralId)) {
            return Optional.empty();
        }
        Signal signal = triage.toSignal();
        signal.persist();
        return Optional.of(signal);
    }

    /**
     * Signals whose term expired, over all houses: advice given before {@code adviceBefore}, or an approach closed
     * before {@code closedBefore}. Undecided signals and running approaches never expire. A coordinated approach
     * without an approach (only an imported signal: the history import brings no approach) counts from its outcome.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<ExpiringRecords.Expired> expired(LocalDate adviceBefore, LocalDate closedBefore) {
        return ExpiringRecords.Expired.of(em.createNativeQuery("""
                select s.id, s.house, s.source_referral_id from signal s
                left join approach a on a.signal_id = s.id
                where s.erased_at is null and (
                    (s.outcome = 'ADVICE' and a.id is null and s.outcome_on < ?1)
                    or (a.status = 'CLOSED' and a.closed_on < ?2)
                    or (s.outcome = 'COORDINATED_APPROACH' and a.id is null and s.outcome_on < ?2))""")
                .setParameter(1, adviceBefore).setParameter(2, closedBefore).getResultList());
    }

    /** The approach started on a signal, if any (the approach feature owns that table). */
    public UUID approachOf(UUID signalId) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select id from approach where signal_id = ?1").setParameter(1, signalId)
                .getResultList();
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** The full view for coordinators (call inside the transaction). */
    public SignalView coordinatorView(Signal signal) {
        return SignalView.of(signal, approachOf(signal.id));
    }

    private Object view(Signal signal) {
        return scope.isCoordinator() ? coordinatorView(signal) : PartnerSignalView.of(signal);
    }

    public void auditPersons(AuditAction action, Signal signal, String purpose) {
        for (SignalPerson person : signal.persons) {
            audit.record(action, AUDIT_TYPE, signal.id.toString(), person.id().toString(), purpose);
        }
    }

    private String purpose() {
        return scope.isCoordinator() ? "trafficking-care-coordination" : "partner-signal-follow-up";
    }
}
