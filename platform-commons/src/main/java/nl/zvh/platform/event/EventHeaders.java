package nl.zvh.platform.event;

/** Kafka header names that repeat envelope fields, so tools and filters need not parse the JSON body. */
public final class EventHeaders {
    public static final String EVENT_ID = "zvh-event-id";
    public static final String EVENT_TYPE = "zvh-event-type";
    public static final String EVENT_VERSION = "zvh-event-version";
    public static final String CORRELATION_ID = "zvh-correlation-id";
    public static final String HOUSE = "zvh-house";

    private EventHeaders() {
    }
}
