package nl.zvh.platform.audit;

import java.util.List;

/**
 * Implemented by a service that stores BSNs: maps a BSN to the platform person ids ({@code person_ref}) it holds
 * for that person in a house, so a privacy officer can produce a person's access log from the BSN alone.
 */
public interface AuditPersonDirectory {

    /** The person refs of the person with this BSN in this house (empty when unknown). */
    List<String> personRefs(String house, String bsn);
}
