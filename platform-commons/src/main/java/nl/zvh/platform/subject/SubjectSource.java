package nl.zvh.platform.subject;

import java.util.List;
import java.util.Map;

/**
 * What one service holds on one person (AVG art. 15), implemented once per service: its own records of the person
 * in the privacy officer's house, each record found audited as an export. Called inside the export's transaction.
 */
public interface SubjectSource {

    /** The person's records in the house, by {@code query.bsn()} or {@code query.personId()}; empty when none. */
    List<Map<String, Object>> records(String house, SubjectQuery query);
}
