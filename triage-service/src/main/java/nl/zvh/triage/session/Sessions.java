package nl.zvh.triage.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.triage.queue.Referrals;
import nl.zvh.triage.queue.TriageReferral;

/** The table's view of sessions and agendas, scoped to the caller's house; persons shown are audited. */
@ApplicationScoped
public class Sessions {

    @Inject
    Agenda agenda;

    @Inject
    CurrentUser user;

    @Inject
    Referrals referrals;

    @Inject
    TriageConfig config;

    @Inject
    Clock clock;

    @Transactional
    public List<SessionView> upcoming(LocalDate from) {
        String house = user.requireHouse();
        return agenda.sessionsFrom(house, from == null ? today() : from).stream()
                .map(s -> view(s, agenda.itemsOf(s).size(), null)).toList();
    }

    @Transactional
    public Optional<SessionView> next() {
        String house = user.requireHouse();
        return agenda.sessionsFrom(house, today()).stream()
                .filter(s -> !s.startsAt(config.zone()).plusSeconds(8 * 3600).isBefore(clock.instant())).findFirst()
                .map(this::withAgenda);
    }

    @Transactional
    public SessionView get(UUID sessionId) {
        return withAgenda(agenda.session(user.requireHouse(), sessionId));
    }

    @Transactional
    public SessionView addExtra(LocalDate date, LocalTime time, String reason) {
        TriageSession s = agenda.addExtraSession(user.requireHouse(), date, time, reason, user.name());
        return view(s, 0, List.of());
    }

    @Transactional
    public SessionView moveOrAdd(UUID sessionId, UUID referralId, String reason) {
        AgendaItem item = agenda.moveOrAdd(user.requireHouse(), sessionId, referralId, user.name(), reason);
        TriageReferral referral = referrals.find(item.referralId).orElseThrow();
        referrals.auditPersons(AuditAction.UPDATE, "triage-referral", referral, "triage-agenda");
        // the answer shows the moved referral only: the chair moved past the others and read none of them
        return view(item.session, agenda.itemsOf(item.session).size(), List.of(AgendaEntry.of(item, referral)));
    }

    private SessionView withAgenda(TriageSession session) {
        List<AgendaEntry> entries = new ArrayList<>();
        List<TriageReferral> shown = new ArrayList<>();
        for (AgendaItem item : agenda.itemsOf(session)) {
            referrals.find(item.referralId).filter(r -> !r.isErased()).ifPresent(referral -> {
                shown.add(referral);
                entries.add(AgendaEntry.of(item, referral));
            });
        }
        referrals.auditPersons(AuditAction.READ, "triage-referral", shown, "triage-agenda");
        return view(session, entries.size(), entries);
    }

    private SessionView view(TriageSession s, int count, List<AgendaEntry> entries) {
        return new SessionView(s.sessionId, s.house, s.sessionDate, s.startTime, s.kind, s.reason,
                s.startsAt(config.zone()), count, entries);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(config.zone()));
    }
}
