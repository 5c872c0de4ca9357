package nl.zvh.platform.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.outbox.Outbox;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Publishes {@link PersonDataErased} on the service's own erasure topic through the outbox, in the erasing transaction. */
@ApplicationScoped
public class ErasureEvents {
    @Inject
    Outbox outbox;

    @ConfigProperty(name = "quarkus.application.name")
    String source;

    @Transactional(Transactional.TxType.MANDATORY)
    public void erased(String house, String recordType, UUID recordId, List<UUID> referralIds, List<UUID> personIds,
            Instant now) {
        outbox.publish(PersonDataErased.v1(source), recordId, house, new PersonDataErased(source,
                PersonDataErased.RETENTION_EXPIRED, recordType, recordId.toString(), referralIds, personIds, now));
    }
}
