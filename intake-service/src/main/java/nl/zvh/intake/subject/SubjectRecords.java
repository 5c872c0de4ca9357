package nl.zvh.intake.subject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.zvh.intake.attachment.Attachments;
import nl.zvh.intake.question.QuestionView;
import nl.zvh.intake.question.Questions;
import nl.zvh.intake.referral.Decision;
import nl.zvh.intake.referral.PersonRole;
import nl.zvh.intake.referral.Referral;
import nl.zvh.intake.referral.ReferralPerson;
import nl.zvh.intake.referral.ReferralPersonDirectory;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.audit.AuditLog;
import nl.zvh.platform.person.PersonIdentity;
import nl.zvh.platform.subject.SubjectQuery;
import nl.zvh.platform.subject.SubjectSource;
import nl.zvh.platform.subject.Withheld;

/**
 * Everything intake holds on one person in the privacy officer's house (by BSN or platform person id): the person as
 * referred, the referral's facts and its attachments' metadata; never the other persons of the referral; by person id
 * also the advice and information questions naming the person. Each person record found is audited as an export.
 */
@ApplicationScoped
public class SubjectRecords implements SubjectSource {
    @Inject
    AuditLog audit;

    @Inject
    ReferralPersonDirectory persons;

    @Inject
    Attachments attachments;

    @Inject
    Questions questions;

    @Override
    public List<Map<String, Object>> records(String house, SubjectQuery query) {
        List<ReferralPerson> found = query.bsn() != null
                ? persons.withBsn(house, query.bsn())
                : persons.withPersonId(house, query.personId());
        List<Map<String, Object>> records = new ArrayList<>();
        for (ReferralPerson person : found) {
            records.add(record(person));
            audit.record(AuditAction.EXPORT, "referral", person.referral().id().toString(), person.id().toString(),
                    query.purpose());
        }
        if (query.personId() != null) {
            // a question names a person without BSN: found by the person id the question gave it
            for (QuestionView q : questions.aboutPerson(house, query.personId())) {
                records.add(record(q));
                audit.record(AuditAction.EXPORT, "question", q.id().toString(), q.person().id().toString(),
                        query.purpose());
            }
        }
        return records;
    }

    private static Map<String, Object> record(QuestionView q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("recordType", "question-person");
        m.put("personId", q.person().id());
        m.put("firstName", q.person().firstName());
        m.put("lastName", q.person().lastName());
        m.put("dateOfBirth", q.person().dateOfBirth());
        Map<String, Object> question = new LinkedHashMap<>();
        question.put("id", q.id());
        question.put("kind", q.kind());
        question.put("channel", q.channel());
        question.put("status", q.status());
        question.put("municipality", q.municipality());
        question.put("askerOrganisation", q.askerOrganisation());
        question.put("askedAt", q.askedAt());
        question.put("question", q.text());
        question.put("answer", q.answer());
        question.put("answeredAt", q.answeredAt());
        question.put("referralId", q.referralId());
        m.put("question", question);
        return m;
    }

    private Map<String, Object> record(ReferralPerson p) {
        Referral r = p.referral();
        PersonIdentity who = p.identity();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("recordType", "referral-person");
        m.put("personId", p.id());
        m.put("role", p.role());
        m.put("relation", p.relation());
        m.put("firstName", who.firstName());
        m.put("surnamePrefix", who.surnamePrefix());
        m.put("lastName", who.lastName());
        m.put("dateOfBirth", who.dateOfBirth());
        m.put("bsn", who.bsn());
        m.put("gender", p.gender());
        m.put("residenceMunicipality", p.residenceMunicipality());
        m.put("address", p.address());
        Decision decision = r.decision() == null ? null : r.decision().toldToReferrer();
        Map<String, Object> referral = new LinkedHashMap<>();
        referral.put("id", r.id());
        referral.put("status", r.status());
        referral.put("municipality", r.municipality());
        referral.put("referrerOrganisation", r.referrer().organisation());
        referral.put("problemAreas", List.copyOf(r.problemAreas()));
        referral.put("question", r.question());
        referral.put("triedAlready", r.triedAlready());
        referral.put("urgency", r.urgency());
        referral.put("personInformed", r.personInformed());
        referral.put("createdAt", r.createdAt());
        referral.put("submittedAt", r.submittedAt());
        referral.put("agendaDate", r.agendaDate());
        referral.put("decidedAt", decision == null ? null : decision.decidedAt());
        referral.put("outcome", decision == null ? null : decision.outcome());
        referral.put("outcomeProgramme", decision == null ? null : decision.programme());
        referral.put("advice", decision == null ? null : decision.advice());
        referral.put("withdrawnAt", r.withdrawnAt());
        referral.put("closedAt", r.closedAt());
        if (p.role() != PersonRole.MAIN) {
            // a family member's export: the question and what was tried describe the main person and the family
            Withheld.take(referral, "referral-question", null, Withheld.Ground.OTHERS_RIGHTS, "question",
                    "triedAlready", "advice");
        }
        m.put("referral", referral);
        m.put("attachments", attachments.metadata(r.id()).stream().map(a -> {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("fileName", a.fileName());
            am.put("contentType", a.contentType());
            am.put("sizeBytes", a.sizeBytes());
            am.put("uploadedAt", a.uploadedAt());
            return am;
        }).toList());
        return m;
    }
}
