package nl.zvh.triage.subject;

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
import nl.zvh.triage.check.Sensitivity;
import nl.zvh.triage.queue.TriagePerson;

/**
 * Everything the triage table holds on one person in the privacy officer's house: per referral the person as
 * received, the referral's facts, which partners were asked (their answers withheld) and the decision; never the
 * other persons. Audited as an export per referral, with the draft's or the release's purpose. Then the items of the
 * house's other tables found by the person's name and date of birth ({@link TableItemRecords}).
 */
@ApplicationScoped
public class SubjectRecords implements SubjectSource {
    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Inject
    TableItemRecords tableItems;

    @Override
    public List<Map<String, Object>> records(String house, SubjectQuery query) {
        String select = """
                select 'triage-person' as record_type, p.person_id, p.role, p.relation, p.first_name,
                       p.surname_prefix, p.last_name, p.date_of_birth, p.bsn, p.gender, r.referral_id, r.status,
                       r.municipality, r.urgency, r.submitted_at, r.referrer_organisation, r.problem_areas,
                       r.question, d.decided_at, d.outcome, d.programme, d.advice, d.rationale
                from triage_person p join triage_referral r on r.referral_id = p.referral_id
                left join triage_decision d on d.referral_id = r.referral_id
                where r.house = ?1 and r.erased_at is null and\s""";
        List<Map<String, Object>> records = SubjectRows.ofSubject(em, select, "p.bsn", "p.person_id", "r.submitted_at",
                house, query);
        for (Map<String, Object> record : records) {
            UUID referralId = (UUID) record.get("referralId");
            if (!TriagePerson.MAIN.equals(record.get("role"))) {
                // the referral's question and the table's reasoning are about the main person and the family
                Withheld.take(record, "referral-question", null, Withheld.Ground.OTHERS_RIGHTS, "question", "advice",
                        "rationale");
            }
            record.put("familiarityChecks", familiarityChecks(referralId));
            audit.record(AuditAction.EXPORT, "triage-referral", referralId.toString(),
                    record.get("personId").toString(), query.purpose());
        }
        List<Map<String, Object>> all = new java.util.ArrayList<>(records);
        all.addAll(tableItems.records(house, query));
        return all;
    }

    /**
     * Which partners were asked and whether they answered; what they answered is their own information (the subject
     * asks that partner), and a strictly confidential answer is for the chair only: withheld, each listed.
     */
    private List<Map<String, Object>> familiarityChecks(UUID referralId) {
        List<Map<String, Object>> checks = SubjectRows.list(em, """
                select organisation, status, known, summary, sensitivity, answered_at from familiarity_check
                where referral_id = ?1 order by organisation""", referralId);
        for (Map<String, Object> check : checks) {
            boolean strict = Sensitivity.STRICTLY_CONFIDENTIAL.name().equals(check.remove("sensitivity"));
            Withheld.take(check, "familiarity-answer", (String) check.get("organisation"),
                    strict ? Withheld.Ground.STRICTLY_CONFIDENTIAL : Withheld.Ground.PARTNER_INFORMATION, "known",
                    "summary");
        }
        return checks;
    }
}
