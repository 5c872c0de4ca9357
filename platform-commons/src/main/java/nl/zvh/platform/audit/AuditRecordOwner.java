package nl.zvh.platform.audit;

/**
 * A service that records which organisation owns (created) a kind of record names it here, so that a partner
 * organisation's privacy officer also sees the audit entries about its own records, whoever made them
 * ({@link AuditScope}). Optional: without one, such an officer sees its own users' entries only.
 */
public interface AuditRecordOwner {

    /** The audit entries' {@code resource_type} of the records. */
    String resourceType();

    /**
     * A native SQL select of one text column: the ids (as the audit entries' {@code resource_id}) of the records of
     * this type in house {@code :house} that organisation {@code :organisation} owns. Only these two named parameters.
     */
    String ownedIds();
}
