package nl.zvh.platform.programme;

import jakarta.inject.Inject;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.event.EventEnvelope;
import nl.zvh.platform.event.MalformedEventException;
import nl.zvh.platform.inbox.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * The one way a programme starts from triage: {@code TriageDecided} v1 with outcome {@code APPROACH_STARTED} for this
 * programme starts it, every other decision or event type of the topic is ignored. The same policy for every
 * programme:
 * <ul>
 * <li>a malformed decision (no referral id, no municipality, no persons or not exactly one main person, no house in
 * the event or its envelope) or a version this service does not read goes to the dead-letter topic, never silently
 * dropped ({@link MalformedEventException});</li>
 * <li>the same event delivered again changes nothing ({@link IdempotentConsumer}); the same referral decided again
 * under another event id keeps the first start: a programme opens at most one record per referral, a rule of the
 * service's own aggregate, so {@link #start(Start)} answers whether it started anything;</li>
 * <li>the house is the decision's, or else the envelope's; a municipality the house does not serve
 * ({@link #serves(String, String)}) is malformed too.</li>
 * </ul>
 * A service's start is an {@code @ApplicationScoped} subclass in its {@code inbound} package that names the programme
 * and consumer ({@code @Starts(programme = "COVECA", consumer = "coveca-case-opening-triage")}), declares the channel
 * and supplies the start itself:
 *
 * <pre>{@code
 * @Incoming("triage-decisions") @Blocking
 * public void on(ConsumerRecord<String, String> record) { follow(record); }
 * }</pre>
 */
public abstract class ProgrammeStart {
    /** Which programme a {@link ProgrammeStart} starts, and its consumer name in the consumed-event table. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Inherited
    @Documented
    public @interface Starts {
        /** Triage's programme code ({@code Programme} constant name), e.g. {@code COVECA}. */
        String programme();

        /** The consumer name in the consumed-event table (one per service and channel). */
        String consumer();
    }

    private static final Logger LOG = Logger.getLogger(ProgrammeStart.class);

    @Inject
    protected IdempotentConsumer idempotent;

    private final Starts starts = getClass().getAnnotation(Starts.class);

    protected ProgrammeStart() {
        if (starts == null) {
            throw new IllegalStateException(getClass().getName() + " must say what it starts (@ProgrammeStart.Starts)");
        }
    }

    /** Triage's programme code this service starts. */
    public final String programme() {
        return starts.programme();
    }

    /** The consumer name in the consumed-event table. */
    protected final String consumer() {
        return starts.consumer();
    }

    /**
     * True when {@code house} serves {@code municipality} for this programme; a decision naming a municipality its
     * house does not serve is malformed. Services without their own municipality register keep the default.
     */
    protected boolean serves(String house, String municipality) {
        return true;
    }

    /**
     * Starts the programme, in the consuming transaction with the consumed-event row.
     *
     * @return false when this referral already started the programme here (nothing was done)
     */
    protected abstract boolean start(Start start);

    /** A well-formed decision starting this programme, in its house, with its main person. */
    public record Start(UUID eventId, String house, TriageDecision decision, TriageDecision.Person main) {
        public UUID referralId() {
            return decision.referralId();
        }

        public String municipality() {
            return decision.municipality();
        }

        public List<TriageDecision.Person> persons() {
            return decision.persons();
        }
    }

    /** Applies one record of the decision topic. */
    protected final void follow(ConsumerRecord<String, String> record) {
        idempotent.consume(consumer(), record, TriageDecision.V1, this::apply);
    }

    final void apply(EventEnvelope envelope, TriageDecision decision) {
        if (!decision.starts(programme())) {
            return;
        }
        Start start = validated(envelope, decision);
        if (!start(start)) {
            LOG.infof("%s: referral %s already started %s; decision %s changes nothing", consumer(), start.referralId(),
                    programme(), envelope.id());
        }
    }

    private Start validated(EventEnvelope envelope, TriageDecision d) {
        String house = d.house() != null && !d.house().isBlank() ? d.house() : envelope.house();
        List<TriageDecision.Person> mains = d.persons().stream().filter(TriageDecision.Person::main).toList();
        if (d.referralId() == null || d.municipality() == null || d.municipality().isBlank() || house == null
                || house.isBlank() || mains.size() != 1) {
            throw new MalformedEventException("TriageDecided " + envelope.id() + " starting " + programme()
                    + " lacks a referral id, municipality, house or exactly one main person");
        }
        if (!serves(house, d.municipality())) {
            throw new MalformedEventException("TriageDecided " + envelope.id() + " names municipality "
                    + d.municipality() + ", which house " + house + " does not serve");
        }
        return new Start(envelope.id(), house, d, mains.get(0));
    }
}
