package nl.zvh.platform.breakglass;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Implemented by a service for each kind of record that may be opened under break-glass (e.g. a CoVeCa case):
 * which roles may ask, and the persons of a record in the caller's house, looked up WITHOUT the usual
 * organisation scoping (but never across houses).
 */
public interface BreakGlassTarget {

    /** The resource type named in requests and grants, e.g. {@code coveca-case}. */
    String resourceType();

    /** Roles that may request emergency access to this kind of record. */
    Set<String> requesterRoles();

    /** The record's person refs when it exists in this house, else empty (also for an id that is no UUID). */
    default Optional<List<String>> persons(String house, String resourceId) {
        UUID id;
        try {
            id = UUID.fromString(resourceId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return persons(house, id);
    }

    /** The record's person refs when it exists in this house, else empty. */
    Optional<List<String>> persons(String house, UUID recordId);

    /**
     * Who is responsible for the record (told on the record's page that someone broke the glass), looked up like
     * {@link #persons(String, String)}; none by default.
     */
    default Optional<BreakGlassOwner> owner(String house, String resourceId) {
        try {
            return owner(house, UUID.fromString(resourceId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Who is responsible for the record; none by default. */
    default Optional<BreakGlassOwner> owner(String house, UUID recordId) {
        return Optional.empty();
    }
}
