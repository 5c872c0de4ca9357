package nl.zvh.platform.retention;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.event.EventType;

/**
 * Payload of {@code PersonDataErased} v1 on topic {@value #TOPIC}: a service erased (deleted or anonymised) what it
 * held on these persons because the retention term expired. Carries references only, never a name or BSN. Consumers
 * erase their own copy of the data derived from the same referrals (or, for copies keyed by person, those persons),
 * idempotently, and never publish a new erasure in answer (no ping-pong).
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
    public static final String TOPIC = "zvh.privacy.erasure";
    public static final String TYPE = "PersonDataErased";
    public static final int VERSION = 1;
    /** The event's descriptor: publish and consume through it. */
    public static final EventType<PersonDataErased> V1 = EventType.of(TOPIC, TYPE, VERSION, PersonDataErased.class);

    public static final String RETENTION_EXPIRED = "RETENTION_EXPIRED";

    public PersonDataErased {
        referralIds = referralIds == null ? List.of() : List.copyOf(referralIds);
        personIds = personIds == null ? List.of() : List.copyOf(personIds);
    }
}
