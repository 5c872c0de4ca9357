package nl.zvh.coveca.documents;

import java.time.Instant;
import java.util.UUID;

/**
 * A document as the case page lists it.
 *
 * @param uploadedByName the uploader's name as people read it, or null when unknown
 */
public record DocumentView(UUID id, String fileName, DocumentKind kind, long size, boolean sharedWithPartners,
        String uploadedByName, Instant uploadedAt) {

    /** The size in whole kilobytes, at least 1. */
    public long kilobytes() {
        return Math.max(1, (size + 1023) / 1024);
    }
}
