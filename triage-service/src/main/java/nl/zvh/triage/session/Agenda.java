package nl.zvh.triage.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zvh.platform.outbox.Outbox;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.triage.queue.Referrals;
import nl.zvh.triage.queue.TriageReferral;

/**
 * Puts referrals on session agendas: a submitted referral automatically on the next regular session of its house
 * (respecting the cut-off; the session is created when absent); the chair moves or adds items and adds extra
 * sessions. Every placement publishes ReferralScheduled through the outbox.
 */
@ApplicationScoped
public class Agenda {
    public static final String SYSTEM = "system";
    /** The end of the refusal of a decision or an opening before the session: clients and pages match on it. */
    public static final String NOT_OPENED_YET = "The session has not started.";

    @Inject
    TableSettings settings;

    @Inject
    TriageConfig config;

    @Inject
    Outbox outbox;

    @Inject
    Referrals referrals;

    @Inject
    EntityManager em;

    @Inject
    Event<ReferralPutOnAgenda> putOnAgenda;

    @Inject
    Clock clock;

    /** Called in the consumer's transaction for a newly received referral. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AgendaItem scheduleSubmitted(TriageReferral referral) {
        SessionRule rule = settings.of(referral.house());
        LocalDate date = rule.nextSessionDate(referral.submittedAt(), clock.instant(), config.zone());
        return place(referral, regularSession(referral.house(), date, rule.time()), SYSTEM, null);
    }

    /** The chair adds a referral to a session's agenda, or moves it there from another one. */
    @Transactional
    public AgendaItem moveOrAdd(String house, UUID sessionId, UUID referralId, String by, String reason) {
        TriageSession session = session(house, sessionId);
        TriageReferral referral = referrals.ofHouse(referralId, house);
        Referrals.enforce(referral::requireSchedulable);
        if (session.hasStarted(clock.instant(), config.zone())
                && !session.sessionDate.equals(LocalDate.now(clock.withZone(config.zone())))) {
            throw ProblemException.invalid("sessionId", "the session is in the past");
        }
        return place(referral, session, by, reason);
    }

    /** The chair adds an extra session, e.g. for an urgent referral. */
    @Transactional
    public TriageSession addExtraSession(String house, LocalDate date, LocalTime time, String reason, String by) {
        if (date.isBefore(LocalDate.now(clock.withZone(config.zone())))) {
            throw ProblemException.invalid("date", "must be today or later");
        }
        TriageSession session = new TriageSession();
        session.sessionId = UUID.randomUUID();
        session.house = house;
        session.sessionDate = date;
        session.startTime = time;
        session.kind = SessionKind.EXTRA;
        session.reason = reason;
        session.createdAt = clock.instant();
        session.createdBy = by;
        session.persist();
        return session;
    }

    /**
     * The chair opens the meeting ("Vergadering openen") on the session's day, also before its start time; from then
     * on the table decides and sees the answers. Opening an opened or started session changes nothing; a session on a
     * later day cannot be opened yet (the table meets that day, or the chair adds an extra session).
     */
    @Transactional
    public TriageSession open(String house, UUID sessionId, String by) {
        TriageSession session = session(house, sessionId);
        if (session.hasStarted(clock.instant(), config.zone())) {
            return session;
        }
        if (!openable(session)) {
            throw ProblemException.conflict("The session is on " + session.sessionDate
                    + "; it can only be opened on that day. " + NOT_OPENED_YET);
        }
        session.openedAt = clock.instant().truncatedTo(ChronoUnit.MICROS); // as the database keeps it
        session.openedBy = by;
        return session;
    }

    /** Whether the chair may open the session now: on its day and not yet started. */
    public boolean openable(TriageSession session) {
        return !session.hasStarted(clock.instant(), config.zone())
                && session.sessionDate.equals(LocalDate.now(clock.withZone(config.zone())));
    }

    public TriageSession session(String house, UUID sessionId) {
        return TriageSession.<TriageSession>find("sessionId = ?1 and house = ?2", sessionId, house)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("session " + sessionId));
    }

    /** Sessions of the house from {@code from} on, in order. */
    public List<TriageSession> sessionsFrom(String house, LocalDate from) {
        return TriageSession
                .<TriageSession>find("house = ?1 and sessionDate >= ?2 order by sessionDate, startTime", house, from)
                .list();
    }

    /** Sessions of the house from {@code from} up to and including {@code to}, in order. */
    public List<TriageSession> sessionsBetween(String house, LocalDate from, LocalDate to) {
        return TriageSession.<TriageSession>find(
                "house = ?1 and sessionDate >= ?2 and sessionDate <= ?3 order by sessionDate, startTime", house, from,
                to).list();
    }

    /** The number of referrals on each of these sessions' agendas, in one query. */
    public Map<UUID, Long> itemCounts(List<TriageSession> sessions) {
        Map<UUID, Long> counts = new HashMap<>();
        if (sessions.isEmpty()) {
            return counts;
        }
        em.createQuery("select i.session.sessionId, count(i) from AgendaItem i where i.session in ?1"
                + " group by i.session.sessionId", Object[].class).setParameter(1, sessions).getResultList()
                .forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
        return counts;
    }

    public List<AgendaItem> itemsOf(TriageSession session) {
        return AgendaItem.<AgendaItem>find("session = ?1 order by scheduledAt", session).list();
    }

    private AgendaItem place(TriageReferral referral, TriageSession session, String by, String reason) {
        AgendaItem item = AgendaItem.<AgendaItem>findByIdOptional(referral.referralId()).orElse(null);
        boolean moved = item != null;
        if (moved && item.session.sessionId.equals(session.sessionId)) {
            return item;
        }
        if (item == null) {
            item = new AgendaItem();
            item.referralId = referral.referralId();
        }
        item.session = session;
        item.scheduledAt = clock.instant();
        item.scheduledBy = by;
        item.reason = reason;
        if (!moved) {
            item.persist();
        }
        outbox.publish(ReferralScheduled.V1, referral.referralId(), referral.house(),
                new ReferralScheduled(referral.referralId(), referral.house(), session.sessionId, session.sessionDate));
        putOnAgenda.fire(new ReferralPutOnAgenda(referral, session, moved));
        return item;
    }

    private TriageSession regularSession(String house, LocalDate date, LocalTime time) {
        em.createNativeQuery("""
                insert into triage_session (session_id, house, session_date, start_time, kind, created_at, created_by)
                values (?1, ?2, ?3, ?4, 'REGULAR', now(), 'system')
                on conflict (house, session_date) where kind = 'REGULAR' do nothing""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, house).setParameter(3, date).setParameter(4, time)
                .executeUpdate();
        return TriageSession
                .<TriageSession>find("house = ?1 and sessionDate = ?2 and kind = ?3", house, date, SessionKind.REGULAR)
                .singleResult();
    }
}
