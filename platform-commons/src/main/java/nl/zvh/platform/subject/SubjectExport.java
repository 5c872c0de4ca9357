package nl.zvh.platform.subject;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What one service holds on one person, for the privacy officer: one entry per record (e.g. the person in a
 * referral, in a case), each with its {@code recordType}, the person's own data and the record's facts. Never data
 * of other persons in the same record (family members are left out).
 *
 * @param service    e.g. {@code intake-service}
 * @param house      the privacy officer's house
 * @param bsn        the BSN asked for, or null
 * @param personId   the platform person id asked for, or null
 * @param exportedAt when
 * @param records    the records found (empty when the service holds nothing on the person)
 */
public record SubjectExport(String service, String house, String bsn, UUID personId, Instant exportedAt,
        List<Map<String, Object>> records) {
}
