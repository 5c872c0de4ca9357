package nl.zvh.platform.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.breakglass.BreakGlassAccess;
import nl.zvh.platform.correlation.CorrelationId;
import nl.zvh.platform.security.CurrentUser;

/**
 * Writes audit entries for personal data into the service's own append-only {@code audit_log} table. Successful
 * access is written in the caller's transaction (an access that rolls back did not happen); denied access in a
 * transaction of its own so it is never lost. User, organisation, house and roles come from {@link CurrentUser};
 * on-behalf-of from the {@value #ON_BEHALF_OF_HEADER} header unless given, and only when the caller is a partner
 * system acting for one of its own users (role {@value #DELEGATING_ROLE}): a person cannot write someone else's name
 * into the audit log. An access made under a break-glass grant
 * in this request ({@link BreakGlassAccess}) is marked {@code break_glass}. Every row is linked into the SHA-256
 * hash chain shortly after its commit ({@link AuditChainSealer}, {@link AuditChainVerifier}).
 */
@ApplicationScoped
public class AuditLog {
    public static final String ON_BEHALF_OF_HEADER = "X-On-Behalf-Of";
    /** The one role whose callers may say on whose behalf they act: partner systems (client credentials). */
    public static final String DELEGATING_ROLE = "partner-system";

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Instance<HttpServerRequest> request;

    @Inject
    Instance<BreakGlassAccess> breakGlass;

    /**
     * @param action       what was done
     * @param resourceType e.g. {@code referral}
     * @param resourceId   id of the record
     * @param personRef    reference of the person concerned (a platform person id, never a name or BSN)
     * @param purpose      why (e.g. {@code referral-follow-up}, {@code triage})
     */
    @Transactional
    public void record(AuditAction action, String resourceType, String resourceId, String personRef, String purpose) {
        write(action, resourceType, resourceId, personRef, purpose, null, AuditOutcome.SUCCESS);
    }

    /** As {@link #record(AuditAction, String, String, String, String)}, for a user acting on behalf of someone. */
    @Transactional
    public void record(AuditAction action, String resourceType, String resourceId, String personRef, String purpose,
            String onBehalfOf) {
        write(action, resourceType, resourceId, personRef, purpose, onBehalfOf, AuditOutcome.SUCCESS);
    }

    /**
     * An entry in another house's log, written in the caller's transaction: a question across houses (the national
     * familiarity check) touched that house's record. Who acted stays the caller; the row belongs to {@code house},
     * so that house's privacy officer sees who asked about its person.
     */
    @Transactional
    public void recordInHouse(String house, AuditAction action, String resourceType, String resourceId,
            String personRef, String purpose) {
        Actor caller = actor(null);
        insert(new Actor(caller.userId(), caller.userName(), caller.organisation(), house, caller.roles(),
                caller.onBehalfOf(), caller.correlationId(), caller.clientAddress(), caller.breakGlassGrant()), action,
                resourceType, resourceId, personRef, purpose, AuditOutcome.SUCCESS);
    }

    /** Records the same entry for each person concerned (e.g. a list read). */
    @Transactional
    public void recordEach(AuditAction action, String resourceType, List<String> resourceIds, String purpose) {
        recordEach(action, resourceType, resourceIds, purpose, null);
    }

    /** As {@link #recordEach(AuditAction, String, List, String)}, on behalf of someone. */
    @Transactional
    public void recordEach(AuditAction action, String resourceType, List<String> resourceIds, String purpose,
            String onBehalfOf) {
        for (String id : resourceIds) {
            write(action, resourceType, id, id, purpose, onBehalfOf, AuditOutcome.SUCCESS);
        }
    }

    /** A person touched by one record: the record's id and the person's platform id. */
    public record Touched(String resourceId, String personRef) {
    }

    /**
     * One entry per person of a list view or an agenda, all written in one statement (a list of 150 referrals is one
     * round trip, not 600), in the caller's transaction.
     */
    @Transactional
    public void recordAll(AuditAction action, String resourceType, List<Touched> touched, String purpose) {
        if (touched.isEmpty()) {
            return;
        }
        UUID grant = breakGlassGrant();
        em.createNativeQuery("""
                insert into audit_log (action, resource_type, resource_id, person_ref, user_id, user_name,
                    organisation, house, roles, on_behalf_of, purpose, outcome, correlation_id, client_address,
                    break_glass, break_glass_id)
                select ?1, ?2, t.resource_id, t.person_ref, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13,
                    cast(?14 as uuid)
                from unnest(cast(?15 as text[]), cast(?16 as text[])) with ordinality as t(resource_id, person_ref, n)
                order by t.n""").setParameter(1, action.name()).setParameter(2, resourceType).setParameter(3, user.id())
                .setParameter(4, user.name()).setParameter(5, user.organisation()).setParameter(6, user.house())
                .setParameter(7, String.join(",", user.roles())).setParameter(8, delegatedBy()).setParameter(9, purpose)
                .setParameter(10, AuditOutcome.SUCCESS.name()).setParameter(11, CorrelationId.current())
                .setParameter(12, clientAddress()).setParameter(13, grant != null)
                .setParameter(14, grant == null ? null : grant.toString())
                .setParameter(15, touched.stream().map(Touched::resourceId).toArray(String[]::new))
                .setParameter(16, touched.stream().map(Touched::personRef).toArray(String[]::new)).executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRefused(AuditAction action, String resourceType, String resourceId, String purpose,
            AuditOutcome outcome) {
        write(action, resourceType, resourceId, null, purpose, null, outcome);
    }

    /**
     * As {@link #recordRefused}, for a refusal answered on the I/O thread (a role check before the endpoint runs,
     * where no transaction may start): who and from where are read now, the entry is written on a worker thread in
     * a transaction of its own shortly after.
     */
    public void recordRefusedLater(AuditAction action, String resourceType, String resourceId, String purpose,
            AuditOutcome outcome) {
        Actor actor = actor(null);
        Infrastructure.getDefaultWorkerPool().execute(() -> QuarkusTransaction.requiringNew()
                .run(() -> insert(actor, action, resourceType, resourceId, null, purpose, outcome)));
    }

    /** Who acts, as the audit row names them: read on the request's own thread. */
    record Actor(String userId, String userName, String organisation, String house, String roles, String onBehalfOf,
            String correlationId, String clientAddress, UUID breakGlassGrant) {
    }

    private Actor actor(String onBehalfOf) {
        return new Actor(user.id(), user.name(), user.organisation(), user.house(), String.join(",", user.roles()),
                onBehalfOf != null ? onBehalfOf : delegatedBy(), CorrelationId.current(), clientAddress(),
                breakGlassGrant());
    }

    private void write(AuditAction action, String resourceType, String resourceId, String personRef, String purpose,
            String onBehalfOf, AuditOutcome outcome) {
        insert(actor(onBehalfOf), action, resourceType, resourceId, personRef, purpose, outcome);
    }

    private void insert(Actor who, AuditAction action, String resourceType, String resourceId, String personRef,
            String purpose, AuditOutcome outcome) {
        em.createNativeQuery("""
                insert into audit_log (action, resource_type, resource_id, person_ref, user_id, user_name,
                    organisation, house, roles, on_behalf_of, purpose, outcome, correlation_id, client_address,
                    break_glass, break_glass_id)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, cast(?16 as uuid))""")
                .setParameter(1, action.name()).setParameter(2, resourceType).setParameter(3, resourceId)
                .setParameter(4, personRef).setParameter(5, who.userId()).setParameter(6, who.userName())
                .setParameter(7, who.organisation()).setParameter(8, who.house()).setParameter(9, who.roles())
                .setParameter(10, who.onBehalfOf()).setParameter(11, purpose).setParameter(12, outcome.name())
                .setParameter(13, who.correlationId()).setParameter(14, who.clientAddress())
                .setParameter(15, who.breakGlassGrant() != null)
                .setParameter(16, who.breakGlassGrant() == null ? null : who.breakGlassGrant().toString())
                .executeUpdate();
    }

    private UUID breakGlassGrant() {
        if (!io.quarkus.arc.Arc.container().requestContext().isActive() || !breakGlass.isResolvable()) {
            return null;
        }
        return breakGlass.get().grant().orElse(null);
    }

    private String header(String name) {
        if (!request.isResolvable()) {
            return null;
        }
        try {
            String value = request.get().getHeader(name);
            return value == null ? null : value.substring(0, Math.min(200, value.length()));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The user a partner system names in {@value #ON_BEHALF_OF_HEADER}; null for everyone else. */
    private String delegatedBy() {
        return user.hasRole(DELEGATING_ROLE) ? header(ON_BEHALF_OF_HEADER) : null;
    }

    private String clientAddress() {
        String forwarded = header("X-Forwarded-For");
        if (forwarded != null) {
            return forwarded.split(",")[0].trim();
        }
        if (!request.isResolvable()) {
            return null;
        }
        try {
            return request.get().remoteAddress() == null ? null : request.get().remoteAddress().hostAddress();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
