package nl.zvh.coveca.subject;

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
 * Everything coveca holds on one person in the privacy officer's house (by BSN or platform person id): per case the
 * person as registered, the case's facts, partners, meetings, plan, escalations, and the person's own monitoring
 * rounds and ZSM scenarios; never the other persons of the case. Meeting agendas and minutes (about the whole network)
 * and escalation texts (between partners) are withheld and listed ({@link Withheld}). Each case found is audited as an
 * export, with the draft's or the release's purpose. Then the person's group memberships ({@link GroupMemberRecords}).
 */
@ApplicationScoped
public class SubjectRecords implements SubjectSource {
    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Inject
    GroupMemberRecords groups;

    @Override
    public List<Map<String, Object>> records(String house, SubjectQuery query) {
        String select = """
                select 'coveca-person' as record_type, p.person_id, p.role, p.relation, p.first_name, p.surname_prefix,
                       p.last_name, p.date_of_birth, p.bsn, p.gender, p.added_at, c.id as case_id, c.status, c.municipality,
                       c.intensity, c.sub_approach, c.start_date, c.closed_at, c.closure_reason,
                       c.process_director_name, c.escalation_level
                from case_person p join coveca_case c on c.id = p.case_id
                where c.house = ?1 and c.erased_at is null and\s""";
        List<Map<String, Object>> persons = SubjectRows.ofSubject(em, select, "p.bsn", "p.person_id", "c.start_date",
                house, query);
        List<Map<String, Object>> records = new ArrayList<>();
        for (Map<String, Object> person : persons) {
            UUID caseId = (UUID) person.get("caseId");
            UUID id = (UUID) person.get("personId");
            person.put("partners", SubjectRows.list(em,
                    "select organisation, added_at from case_partner where case_id = ?1 order by added_at", caseId));
            // a network meeting's agenda and minutes are about the whole network around the case: listed, withheld
            List<Map<String, Object>> meetings = SubjectRows.list(em, """
                    select kind, scheduled_at, status, agenda, minutes, held_at from network_meeting
                    where case_id = ?1 order by scheduled_at""", caseId);
            meetings.forEach(
                    m -> Withheld.take(m, "meeting-minutes", null, Withheld.Ground.OTHERS_RIGHTS, "agenda", "minutes"));
            person.put("meetings", meetings);
            person.put("planGoals", SubjectRows.list(em,
                    "select life_domain, description, created_at from plan_goal where case_id = ?1 order by created_at",
                    caseId));
            person.put("agreements", SubjectRows.list(em, """
                    select description, owner_organisation, due_date, status from agreement
                    where case_id = ?1 order by created_at""", caseId));
            // an escalation's question and answer are exchanged between partners and their managers about the case
            List<Map<String, Object>> escalations = SubjectRows.list(em, """
                    select direction, level, question, answer, raised_at from escalation
                    where case_id = ?1 order by raised_at""", caseId);
            escalations.forEach(e -> Withheld.take(e, "escalation-text", null, Withheld.Ground.PARTNER_INFORMATION,
                    "question", "answer"));
            person.put("escalations", escalations);
            person.put("monitoringRounds", SubjectRows.list(em, """
                    select r.round_no, r.scored_on, s.life_domain, s.score from monitoring_round r
                    join monitoring_score s on s.round_id = r.id where r.case_id = ?1 and r.person_id = ?2
                    order by r.round_no, s.life_domain""", caseId, id));
            person.put("zsmScenarios", SubjectRows.list(em, """
                    select scenario, advice, created_at, valid_until from zsm_scenario
                    where case_id = ?1 and person_id = ?2 order by created_at""", caseId, id));
            records.add(person);
            audit.record(AuditAction.EXPORT, "case", caseId.toString(), id.toString(), query.purpose());
        }
        records.addAll(groups.records(house, query));
        return records;
    }
}
