package nl.zvh.lifecourse.subject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
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
 * Everything lifecourse holds on one person in the privacy officer's house, by platform person id (this service
 * holds no BSN: asked by BSN it answers with no records): the candidate or client with its decisions, case managers
 * and file entries, and CTER registrations. Safety notes and the CTER table's weighing are withheld and listed
 * ({@link Withheld}). Audited as an export per record, with the draft's or the release's purpose.
 */
@ApplicationScoped
public class SubjectRecords implements SubjectSource {
    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Override
    public List<Map<String, Object>> records(String house, SubjectQuery query) {
        List<Map<String, Object>> records = new ArrayList<>();
        if (query.personId() != null) {
            for (Map<String, Object> c : SubjectRows.list(em, """
                    select 'lifecourse-candidate' as record_type, person_id, first_name, last_name, date_of_birth,
                           id as candidate_id, municipality, source, status, created_at, included_at, closed_at,
                           closure_reason, closure_note, previous_period_id
                    from candidate where house = ?1 and person_id = ?2 and erased_at is null order by created_at""",
                    house, query.personId())) {
                UUID id = (UUID) c.get("candidateId");
                c.put("decisions", SubjectRows.list(em, """
                        select decision, reason, decided_at from inclusion_decision where candidate_id = ?1
                        order by decided_at""", id));
                // safety notes warn professionals of a risk to them or to others: listed, withheld
                if (!SubjectRows.list(em, "select 1 from safety_note where candidate_id = ?1 limit 1", id).isEmpty()) {
                    Withheld.list(c, "safety-notes", null, Withheld.Ground.SAFETY_OF_OTHERS);
                }
                c.put("caseManagers", SubjectRows.list(em,
                        "select organisation, assigned_at, ended_at from case_manager where candidate_id = ?1", id));
                c.put("domainScores", SubjectRows.list(em, """
                        select s.scored_on, d.domain, d.score, s.note from life_domain_scoring s
                        join life_domain_score d on d.scoring_id = s.id where s.candidate_id = ?1
                        order by s.scored_on, d.domain""", id));
                c.put("entries", SubjectRows.list(em, """
                        select kind, subtype, entry_date, outcome, text, next_date from client_entry
                        where candidate_id = ?1 order by entry_date""", id));
                records.add(c);
                audit.record(AuditAction.EXPORT, "lifecourse-candidate", id.toString(), query.personId().toString(),
                        query.purpose());
            }
            for (Map<String, Object> p : SubjectRows.list(em, """
                    select 'cter-person' as record_type, person_id, first_name, last_name, id as cter_person_id,
                           municipality, source, reported_at, approach_handed_over_at, approach_started_on
                    from cter_person where house = ?1 and person_id = ?2 and erased_at is null order by reported_at""",
                    house, query.personId())) {
                UUID id = (UUID) p.get("cterPersonId");
                // the CTER table's weighing of radicalisation is for the prevention of terrorist offences
                Withheld.list(p, "cter-weighing", null, Withheld.Ground.CRIME_PREVENTION);
                records.add(p);
                audit.record(AuditAction.EXPORT, "cter-person", id.toString(), query.personId().toString(),
                        query.purpose());
            }
        }
        return records;
    }
}
