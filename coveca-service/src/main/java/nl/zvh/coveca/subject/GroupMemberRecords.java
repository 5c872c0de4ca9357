package nl.zvh.coveca.subject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.zvh.coveca.group.GroupAudit;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.audit.AuditLog;
import nl.zvh.platform.subject.SubjectQuery;
import nl.zvh.platform.subject.SubjectRows;
import nl.zvh.platform.subject.Withheld;

/**
 * The person's memberships of the house's groups (group approach): a member linked to one of the person's cases (by
 * the case person's BSN or platform person id), a member with that person id, and a member without a case whose name
 * and date of birth are the person's as registered in the house's cases (same date of birth and last name, case and
 * spaces ignored; the same first name) — each record says how it was matched ({@code matchedBy}) for the privacy
 * officer to check before release. The group's description and its subgroup's meeting notes are about the whole
 * group: withheld and listed. Each membership is audited as an export on the group, like every access to a group.
 * Erased groups are not exported.
 */
@ApplicationScoped
public class GroupMemberRecords {
    static final String RECORD_TYPE = "coveca-group-member";

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    public List<Map<String, Object>> records(String house, SubjectQuery query) {
        Map<UUID, String> found = new LinkedHashMap<>();
        String linked = """
                select m.id from group_member m join coveca_group g on g.id = m.group_id
                where g.house = ?1 and g.erased_at is null and\s""";
        if (query.personId() != null) {
            ids(linked + "m.person_id = ?2", house, query.personId()).forEach(id -> found.putIfAbsent(id, "PERSON_ID"));
        } else {
            ids(linked + """
                    (m.bsn = ?2 or exists (select 1 from case_person p where p.case_id = m.case_id
                      and p.person_id = m.person_id and p.bsn = ?2))""", house, query.bsn())
                    .forEach(id -> found.putIfAbsent(id, "BSN"));
        }
        String identities = """
                select distinct p.first_name, p.last_name, p.date_of_birth
                from case_person p join coveca_case c on c.id = p.case_id
                where c.house = ?1 and c.erased_at is null and p.last_name is not null and p.date_of_birth is not null
                  and\s""";
        for (Map<String, Object> who : SubjectRows.ofSubject(em, identities, "p.bsn", "p.person_id", "1", house,
                query)) {
            String first = who.get("firstName") == null ? "" : normal((String) who.get("firstName"));
            ids(linked + """
                    m.case_id is null and m.date_of_birth = ?2
                      and lower(regexp_replace(btrim(m.last_name), '\\s+', ' ', 'g')) = ?3
                      and (?4 = '' or lower(regexp_replace(btrim(m.first_name), '\\s+', ' ', 'g')) = ?4)""", house,
                    (LocalDate) who.get("dateOfBirth"), normal((String) who.get("lastName")), first)
                    .forEach(id -> found.putIfAbsent(id, "NAME_AND_DATE_OF_BIRTH"));
        }
        List<Map<String, Object>> records = new ArrayList<>();
        found.forEach((id, matchedBy) -> {
            Map<String, Object> record = record(id, matchedBy);
            records.add(record);
            audit.record(AuditAction.EXPORT, GroupAudit.TYPE, record.get("groupId").toString(),
                    record.get("personId").toString(), query.purpose());
        });
        return records;
    }

    private Map<String, Object> record(UUID memberId, String matchedBy) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("recordType", RECORD_TYPE);
        record.put("matchedBy", matchedBy);
        record.putAll(SubjectRows.list(em, """
                select m.id as member_id, m.person_id, m.case_id, m.first_name, m.surname_prefix, m.last_name,
                       m.date_of_birth, m.added_on, g.id as group_id, g.name as group_name, g.municipality,
                       g.created_on, g.closed_on, g.description, s.id as subgroup_id, s.name as subgroup_name
                from group_member m join coveca_group g on g.id = m.group_id
                left join coveca_subgroup s on s.id = m.subgroup_id where m.id = ?1""", memberId).get(0));
        // the group's description is about the whole group
        Withheld.take(record, "group-description", null, Withheld.Ground.OTHERS_RIGHTS, "description");
        UUID subgroup = (UUID) record.remove("subgroupId");
        List<Map<String, Object>> meetings = subgroup == null ? List.of() : SubjectRows.list(em, """
                select held_on, attendance, minutes, agreements from subgroup_meeting where subgroup_id = ?1
                order by held_on""", subgroup);
        // a subgroup meeting is about every member of the subgroup
        meetings.forEach(m -> Withheld.take(m, "subgroup-meeting-notes", null, Withheld.Ground.OTHERS_RIGHTS,
                "attendance", "minutes", "agreements"));
        record.put("subgroupMeetings", meetings);
        return record;
    }

    @SuppressWarnings("unchecked")
    private List<UUID> ids(String sql, Object... parameters) {
        var q = em.createNativeQuery(sql + " order by m.added_at");
        for (int i = 0; i < parameters.length; i++) {
            q.setParameter(i + 1, parameters[i]);
        }
        return q.getResultList();
    }

    private static String normal(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
