package nl.zvh.trafficking.subject;

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
import nl.zvh.trafficking.signal.PersonRole;

/**
 * Everything trafficking holds on one person in the privacy officer's house: per signal the person as registered,
 * the signal's facts and, for a presumed victim, the approach with shelter and agreements; never the other persons
 * of the signal. The perpetrator perspective (criminal intelligence) is withheld from everyone; from anyone but the
 * presumed victim also the victim's story and approach ({@link Withheld}, listed). Audited as an export per signal,
 * with the draft's or the release's purpose.
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
                select 'trafficking-person' as record_type, p.id as person_id, p.role, p.first_name, p.surname_prefix,
                       p.last_name, p.date_of_birth, p.estimated_age, p.nationality, p.bsn, p.notes,
                       s.id as signal_id, s.received_on, s.channel, s.reporter_organisation, s.municipality,
                       s.primary_exploitation_type, s.residence_status, s.minor, s.victim_perspective,
                       s.perpetrator_perspective, s.description, s.outcome, s.outcome_on, s.advice, s.outcome_rationale,
                       s.reported_to_national_centre, s.national_report_on, s.national_report_reference
                from signal_person p join signal s on s.id = p.signal_id
                where s.house = ?1 and s.erased_at is null and\s""";
        List<Map<String, Object>> records = SubjectRows.ofSubject(em, select, "p.bsn", "p.id", "s.received_on", house,
                query);
        for (Map<String, Object> record : records) {
            UUID signalId = (UUID) record.get("signalId");
            // what the police and partners think of the exploitation is criminal intelligence: never handed out
            Withheld.take(record, "perpetrator-perspective", null, Withheld.Ground.CRIME_PREVENTION,
                    "perpetratorPerspective");
            if (PersonRole.PRESUMED_VICTIM.name().equals(record.get("role"))) {
                victimsOwnApproach(record, signalId);
            } else {
                // an alleged exploiter, recruiter or relative never learns the victim's story, shelter or protection
                Withheld.take(record, "signal-description", null, Withheld.Ground.OTHERS_RIGHTS, "description",
                        "victimPerspective");
                Number approaches = (Number) em.createNativeQuery("select count(*) from approach where signal_id = ?1")
                        .setParameter(1, signalId).getSingleResult();
                if (approaches.intValue() > 0) {
                    Withheld.list(record, "victim-approach", null, Withheld.Ground.SAFETY_OF_OTHERS);
                }
            }
            audit.record(AuditAction.EXPORT, "trafficking-signal", signalId.toString(),
                    record.get("personId").toString(), query.purpose());
        }
        return records;
    }

    /** The presumed victim's own approach: safety measures, shelter, care and the agreements made for it. */
    private void victimsOwnApproach(Map<String, Object> record, UUID signalId) {
        record.put("approach", SubjectRows.list(em, """
                select id, status, started_on, closed_on, closure_reason, closure_notes, safety_measures, legal_aid,
                       medical_care, reflection_period_start, reflection_period_end, residence_procedure
                from approach where signal_id = ?1""", signalId));
        record.put("shelter", SubjectRows.list(em, """
                select r.shelter_name, r.status, r.asked_on, r.placed_on, r.left_on from shelter_request r
                join approach a on a.id = r.approach_id where a.signal_id = ?1 order by r.position""", signalId));
        record.put("agreements", SubjectRows.list(em, """
                select g.description, g.owner_organisation, g.due_date, g.status from agreement g
                join approach a on a.id = g.approach_id where a.signal_id = ?1 order by g.position""", signalId));
    }
}
