package nl.zvh.intake.notification;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.audit.AuditLog;
import nl.zvh.platform.person.PersonIdentity;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;

/**
 * The inbox of a referrer's organisation in its house. Written by the consumer of triage's events, read and marked
 * read by the organisation's referrers; scoped by house and organisation in every query.
 */
@ApplicationScoped
public class Notifications {
    static final String AUDIT_TYPE = "referral-notification";

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    /** A status change the referrer must hear about; in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String house, String organisation, UUID referralId, NotificationKind kind, LocalDate agendaDate,
            String outcome, String programme, String advice) {
        new Notification(house, organisation, referralId, kind, agendaDate, outcome, programme, advice, Instant.now())
                .persist();
    }

    @Transactional
    public List<NotificationView> inbox(boolean unreadOnly, int page, int size) {
        String where = "house = :house and organisation = :organisation" + (unreadOnly ? " and readAt is null" : "");
        List<Notification> found = Notification.<Notification>find(where, Sort.descending("createdAt"), scope())
                .page(Page.of(page, size)).list();
        Map<UUID, MainPerson> persons = mainPersons(found.stream().map(Notification::referralId).distinct().toList());
        for (Notification n : found) {
            MainPerson p = persons.get(n.referralId());
            audit.record(AuditAction.READ, AUDIT_TYPE, n.id().toString(), p == null ? null : p.id().toString(),
                    "referral-feedback");
        }
        return found.stream().map(n -> view(n, persons.get(n.referralId()))).toList();
    }

    /** How many messages {@link #inbox} pages through. */
    @Transactional
    public long count() {
        return Notification.count("house = :house and organisation = :organisation", scope());
    }

    @Transactional
    public long unreadCount() {
        return Notification.count("house = :house and organisation = :organisation and readAt is null", scope());
    }

    @Transactional
    public NotificationView markRead(UUID id) {
        Notification n = Notification
                .<Notification>find("id = :id and house = :house and organisation = :organisation",
                        scope().and("id", id))
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("notification " + id));
        n.markRead(user.name(), Instant.now());
        return view(n, mainPersons(List.of(n.referralId())).get(n.referralId()));
    }

    private Parameters scope() {
        return Parameters.with("house", user.requireHouse()).and("organisation", user.requireOrganisation());
    }

    private record MainPerson(UUID id, String name) {
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, MainPerson> mainPersons(List<UUID> referralIds) {
        Map<UUID, MainPerson> result = new HashMap<>();
        if (referralIds.isEmpty()) {
            return result;
        }
        List<Object[]> rows = em.createNativeQuery("""
                select referral_id, id, first_name, surname_prefix, last_name from referral_person
                where role = 'MAIN' and referral_id in (?1)""").setParameter(1, referralIds).getResultList();
        for (Object[] r : rows) {
            String name = PersonIdentity.fullName((String) r[2], (String) r[3], (String) r[4]);
            result.put((UUID) r[0], new MainPerson((UUID) r[1], name));
        }
        return result;
    }

    private static NotificationView view(Notification n, MainPerson p) {
        return n.view(p == null ? null : p.name());
    }
}
