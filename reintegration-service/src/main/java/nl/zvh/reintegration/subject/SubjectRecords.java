package nl.zvh.reintegration.subject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.audit.AuditLog;
import nl.zvh.platform.subject.SubjectQuery;
import nl.zvh.platform.subject.SubjectRows;
import nl.zvh.platform.subject.SubjectSource;
import nl.zvh.platform.subject.Withheld;

/**
 * Everything re-integration holds on one person in the privacy officer's house: per track the person, detention and
 * release, consent, the basic conditions and their history, contacts and signals after release, the closing, BIJ,
 * ISD, article 18b and escalations. The mayor's public-order assessment and an escalation's risk summary are withheld
 * and listed ({@link Withheld}). Audited as an export per track, with the draft's or the release's purpose.
 */
@ApplicationScoped
public class SubjectRecords implements SubjectSource {
    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Override
    public List<Map<String, Object>> records(String house, SubjectQuery query) {
        String select = """
                select 'reintegration-track' as record_type, person_id, first_name, surname_prefix, last_name,
                       date_of_birth, bsn, dji_person_number, id as track_id, municipality, source, institution,
                       detention_date, expected_release_date, actual_release_date, consent, consent_date, coordinator,
                       closed_on, close_reason, close_note, created_at
                from track where house = ?1 and erased_at is null and\s""";
        List<Map<String, Object>> records = SubjectRows.ofSubject(em, select, "bsn", "person_id", "created_at", house,
                query);
        for (Map<String, Object> record : records) {
            UUID trackId = (UUID) record.get("trackId");
            record.put("conditions", SubjectRows.list(em, """
                    select condition, status, responsible_partner, notes, updated_at from track_condition
                    where track_id = ?1 order by condition""", trackId));
            record.put("conditionHistory", SubjectRows.list(em, """
                    select condition, status, responsible_partner, notes, changed_at from track_condition_change
                    where track_id = ?1 order by changed_at""", trackId));
            record.put("afterRelease", SubjectRows.list(em, """
                    select kind, occurred_on, partner, summary from aftercare_entry
                    where track_id = ?1 order by occurred_on""", trackId));
            // the mayor's public-order assessment and measures: withheld, listed
            List<Map<String, Object>> bij = SubjectRows.list(em, """
                    select offence_category, mayor_notified_on, assessment, assessed_on, measures from bij_item
                    where track_id = ?1""", trackId);
            bij.forEach(b -> Withheld.take(b, "public-order-assessment", null, Withheld.Ground.CRIME_PREVENTION,
                    "assessment", "measures"));
            record.put("bij", bij);
            record.put("isdOrders",
                    SubjectRows.list(em, "select term_start, term_end from isd_order where track_id = ?1", trackId));
            record.put("article18b", SubjectRows.list(em, """
                    select direction, requested_on, question, answered_on, answer from article18b_exchange
                    where track_id = ?1""", trackId));
            // the risk summary of an escalation weighs the danger to others
            List<Map<String, Object>> escalations = SubjectRows.list(em, """
                    select reason, risk_summary, escalated_at, status from escalation where track_id = ?1""", trackId);
            escalations.forEach(
                    e -> Withheld.take(e, "risk-summary", null, Withheld.Ground.SAFETY_OF_OTHERS, "riskSummary"));
            record.put("escalations", escalations);
            audit.record(AuditAction.EXPORT, "reintegration-track", trackId.toString(),
                    record.get("personId").toString(), query.purpose());
        }
        return records;
    }
}
