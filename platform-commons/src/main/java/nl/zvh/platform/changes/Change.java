package nl.zvh.platform.changes;

import java.time.Instant;

/**
 * One entry of the changes feed: {@code position} is the cursor, {@code kind} what happened (past tense,
 * {@code FamiliarityCheckRequested}), the record it happened to and its status after it. No personal data.
 */
public record Change(long position, String kind, String recordType, String recordId, String status,
        Instant occurredAt) {
}
