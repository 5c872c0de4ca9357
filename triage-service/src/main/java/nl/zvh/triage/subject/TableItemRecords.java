package nl.zvh.triage.subject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.audit.AuditLog;
import nl.zvh.platform.subject.SubjectQuery;
import nl.zvh.platform.subject.SubjectRows;
import nl.zvh.platform.subject.Withheld;

/**
 * The items of the house's other tables (I28, prolific offenders, LPCO, youth aftercare, AWARE) about the person asked
 * about. An item has no BSN and no platform person id, so it is found through the person as this service knows them
 * (the persons of the house's referrals with that BSN or person id): same date of birth and same last name (with or
 * without the surname prefix; case and spaces ignored), and the same first name where both have one. Each record says
 * so ({@code matchedBy}), for the privacy officer to check before release. Related persons (LPCO's parents, the
 * invited of youth aftercare) and the minutes of the meetings (about every item on the agenda) are withheld and
 * listed. Audited as an export per item (person ref: the item, as every access to an item is audited).
 */
@ApplicationScoped
public class TableItemRecords {
    static final String RECORD_TYPE = "table-item";
    static final String MATCHED_BY = "NAME_AND_DATE_OF_BIRTH";

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    /** A name and date of birth the person is known by in this service. */
    record Identity(String firstName, String surnamePrefix, String lastName, java.time.LocalDate dateOfBirth) {
    }

    public List<Map<String, Object>> records(String house, SubjectQuery query) {
        Set<UUID> items = new LinkedHashSet<>();
        for (Identity who : identities(house, query)) {
            items.addAll(matching(house, who));
        }
        List<Map<String, Object>> records = new ArrayList<>();
        for (UUID id : items) {
            Map<String, Object> record = record(id);
            records.add(record);
            audit.record(AuditAction.EXPORT, RECORD_TYPE, id.toString(), id.toString(), query.purpose());
        }
        return records;
    }

    private List<Identity> identities(String house, SubjectQuery query) {
        String select = """
                select distinct p.first_name, p.surname_prefix, p.last_name, p.date_of_birth
                from triage_person p join triage_referral r on r.referral_id = p.referral_id
                where r.house = ?1 and r.erased_at is null and p.last_name is not null and p.date_of_birth is not null
                  and\s""";
        return SubjectRows.ofSubject(em, select, "p.bsn", "p.person_id", "1", house, query).stream()
                .map(r -> new Identity((String) r.get("firstName"), (String) r.get("surnamePrefix"),
                        (String) r.get("lastName"), (java.time.LocalDate) r.get("dateOfBirth")))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<UUID> matching(String house, Identity who) {
        String last = normal(who.lastName());
        String prefixed = who.surnamePrefix() == null ? last : normal(who.surnamePrefix() + " " + who.lastName());
        String first = who.firstName() == null ? "" : normal(who.firstName());
        return em.createNativeQuery("""
                select id from table_item
                where house = ?1 and erased_at is null and birth_date = ?2
                  and lower(regexp_replace(btrim(last_name), '\\s+', ' ', 'g')) in (?3, ?4)
                  and (first_name is null or btrim(first_name) = '' or ?5 = ''
                       or lower(regexp_replace(btrim(first_name), '\\s+', ' ', 'g')) = ?5)
                order by received_on, created_at""").setParameter(1, house).setParameter(2, who.dateOfBirth())
                .setParameter(3, last).setParameter(4, prefixed).setParameter(5, first).getResultList();
    }

    private Map<String, Object> record(UUID id) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("recordType", RECORD_TYPE);
        record.put("matchedBy", MATCHED_BY);
        record.putAll(SubjectRows.list(em, """
                select i.id as item_id, t.kind as table_kind, t.name as table_name, i.status, i.source, i.received_on,
                       i.first_name, i.last_name, i.birth_date, i.municipality, i.district, i.category, i.summary,
                       i.related_persons, i.added_by_organisation, i.last_outcome, i.decided_on, i.agreements,
                       i.track_start, i.track_end, i.responsible_organisation
                from table_item i join house_table t on t.id = i.table_id where i.id = ?1""", id).get(0));
        // LPCO's parents, the invited of youth aftercare: other persons
        Withheld.take(record, "related-persons", null, Withheld.Ground.OTHERS_RIGHTS, "relatedPersons");
        List<Map<String, Object>> decisions = SubjectRows.list(em, """
                select m.meeting_date, a.outcome, a.agreements, a.decided_at, a.decided_by_organisation, m.minutes
                from table_agenda_item a join table_meeting m on m.id = a.meeting_id
                where a.item_id = ?1 order by m.meeting_date""", id);
        // a meeting's minutes are about every item on its agenda
        decisions.forEach(d -> Withheld.take(d, "meeting-minutes", null, Withheld.Ground.OTHERS_RIGHTS, "minutes"));
        record.put("decisions", decisions);
        record.put("investigations", SubjectRows.list(em, """
                select municipality, reported_on, deadline, outcome, concluded_on from exploratory_investigation
                where item_id = ?1""", id));
        return record;
    }

    private static String normal(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
