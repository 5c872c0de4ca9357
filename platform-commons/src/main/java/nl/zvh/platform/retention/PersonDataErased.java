package nl.zvh.platform.retention;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.zvh.platform.event.EventType;

/**
 * Payload of {@code PersonDataErased} v1: a service erased (deleted or anonymised) what it held on these persons because
 * the retention term expired. Carries references only, never a name or BSN. Consumers erase their own copy of the data
 * derived from the same referrals (or, for copies keyed by person, those persons), idempotently, and never publish a
 * new erasure in answer (no ping-pong).
 * <p>
 * Each service publishes on its own topic, {@code zvh.privacy.erasure.<service>} ({@link #topicOf}), which only its
 * broker principal may write; a consumer takes the source from the topic ({@link #ownerOf}), so an erasure is accepted
 * only from the service that owns the record (issue 23: a forged erasure anonymised a live referral).
 *
 * @param source      the service that erased, e.g. {@code coveca-service}
 * @param reason      {@code RETENTION_EXPIRED}
 * @param recordType  what expired, e.g. {@code referral}, {@code coveca-case}
 * @param recordId    its id in the source service
 * @param referralIds the intake referrals the erased record came from (may be empty, e.g. a DJI-notified track)
 * @param personIds   platform person ids of the persons concerned
 * @param erasedAt    when
 */
public record PersonDataErased(String source, String reason, String recordType, String recordId, List<UUID> referralIds,
        List<UUID> personIds, Instant erasedAt) {
    /** Topics {@code zvh.privacy.erasure.intake}, {@code ….triage}, …: one per owning service. */
    public static final String ERASURE_TOPIC_PREFIX = "zvh.privacy.erasure.";
    /** Where consumers put what they cannot apply (shared: a dead letter erases nothing). */
    public static final String DEAD_LETTER_TOPIC = "zvh.privacy.erasure.dlq";
    public static final String TYPE = "PersonDataErased";
    public static final int VERSION = 1;

    public static final String RETENTION_EXPIRED = "RETENTION_EXPIRED";

    /** The descriptor of {@code service}'s erasures (e.g. {@code triage-service}): publish and consume through it. */
    public static EventType<PersonDataErased> v1(String service) {
        return EventType.of(topicOf(service), TYPE, VERSION, PersonDataErased.class);
    }

    /** {@code zvh.privacy.erasure.triage} for {@code triage-service}. */
    public static String topicOf(String service) {
        return ERASURE_TOPIC_PREFIX + service.replaceFirst("-service$", "");
    }

    /** The service whose erasures travel on {@code topic} ({@code triage-service}), empty for any other topic. */
    public static Optional<String> ownerOf(String topic) {
        if (topic == null || !topic.startsWith(ERASURE_TOPIC_PREFIX) || topic.equals(DEAD_LETTER_TOPIC)) {
            return Optional.empty();
        }
        String service = topic.substring(ERASURE_TOPIC_PREFIX.length());
        return service.isEmpty() || service.contains(".") ? Optional.empty() : Optional.of(service + "-service");
    }

    public PersonDataErased {
        referralIds = referralIds == null ? List.of() : List.copyOf(referralIds);
        personIds = personIds == null ? List.of() : List.copyOf(personIds);
    }
}
