package nl.zvh.triage.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.triage.queue.Referrals;
import nl.zvh.triage.queue.TriageReferral;

/** The table's view of sessions and agendas, scoped to the caller's house; persons shown are audited. */
@ApplicationScoped
public class Sessions {
    /** How long a meeting lasts, for which session is "coming": one that started less than this ago still is. */
    static final Duration MEETING = Duration.ofHours(4);

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
        return listed(agenda.sessionsFrom(user.requireHouse(), from == null ? today() : from));
    }

    /** The sessions of the house from {@code from} up to and including {@code to}, without agendas. */
    @Transactional
    public List<SessionView> between(LocalDate from, LocalDate to) {
        return listed(agenda.sessionsBetween(user.requireHouse(), from, to));
    }

    /** The coming session: the first from today on that is not over (a meeting is over 4 hours after its start). */
    @Transactional
    public Optional<SessionView> next() {
        String house = user.requireHouse();
        return agenda.sessionsFrom(house, today()).stream().filter(s -> !isOver(s)).findFirst().map(this::withAgenda);
    }

    /** The first session of these that is not over, or else the first of them; the list comes from this service. */
    public Optional<SessionView> comingOf(List<SessionView> sessions) {
        return notOver(sessions).stream().findFirst().or(() -> sessions.stream().findFirst());
    }

    /** The session a referral of the caller's house is on, without its agenda (nobody's data is read). */
    @Transactional
    public Optional<SessionView> ofReferral(UUID referralId) {
        String house = user.requireHouse();
        return AgendaItem.of(referralId).map(item -> item.session).filter(s -> s.house.equals(house))
                .map(s -> view(s, agenda.itemsOf(s).size(), null));
    }

    /** Those of these sessions that are not over (a meeting is over 4 hours after its start). */
    public List<SessionView> notOver(List<SessionView> sessions) {
        return sessions.stream().filter(s -> !s.startsAt().plus(MEETING).isBefore(clock.instant())).toList();
    }

    /** The chair opens the meeting ("Vergadering openen"); the answer has no agenda (nobody's data is read). */
    @Transactional
    public SessionView open(UUID sessionId) {
        TriageSession s = agenda.open(user.requireHouse(), sessionId, user.name());
        return view(s, agenda.itemsOf(s).size(), null);
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
        List<AgendaItem> items = agenda.itemsOf(session);
        var byId = referrals.findAll(items.stream().map(item -> item.referralId).toList());
        for (AgendaItem item : items) {
            TriageReferral referral = byId.get(item.referralId);
            if (referral != null && !referral.isErased()) {
                shown.add(referral);
                entries.add(AgendaEntry.of(item, referral));
            }
        }
        referrals.auditPersons(AuditAction.READ, "triage-referral", shown, "triage-agenda");
        return view(session, entries.size(), entries);
    }

    private List<SessionView> listed(List<TriageSession> found) {
        Map<UUID, Long> counts = agenda.itemCounts(found);
        return found.stream().map(s -> view(s, counts.getOrDefault(s.sessionId, 0L).intValue(), null)).toList();
    }

    private boolean isOver(TriageSession s) {
        return s.startsAt(config.zone()).plus(MEETING).isBefore(clock.instant());
    }

    private SessionView view(TriageSession s, int count, List<AgendaEntry> entries) {
        return new SessionView(s.sessionId, s.house, s.sessionDate, s.startTime, s.kind, s.reason,
                s.startsAt(config.zone()), s.openedAt, s.hasStarted(clock.instant(), config.zone()), agenda.openable(s),
                count, entries);
    }

    /** Today in the houses' time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(config.zone()));
    }
}
