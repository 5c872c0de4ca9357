package nl.zvh.lifecourse.subject;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.audit.AuditLog;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.platform.subject.SubjectExport;
import nl.zvh.platform.subject.SubjectQuery;
import nl.zvh.platform.subject.SubjectRows;

/**
 * Everything lifecourse holds on one person in the privacy officer's house, by platform person id (this service
 * holds no BSN: asked by BSN it answers with no records): the candidate or client with its decisions, case managers
 * and file entries, and CTER registrations with their weighings. Audited as an export per record.
 */
@Path("/api/subject")
public class SubjectResource {
    @Inject
    CurrentUser user;
    @Inject
    AuditLog audit;
    @Inject
    EntityManager em;

    @GET
    @RolesAllowed("privacy-officer")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public SubjectExport export(@QueryParam("bsn") String bsn, @QueryParam("personId") String personId) {
        SubjectQuery query = SubjectQuery.of(bsn, personId);
        String house = user.requireHouse();
        List<Map<String, Object>> records = new ArrayList<>();
        if (query.personId() != null) {
            for (Map<String, Object> c : SubjectRows.list(em, """
                    select 'lifecourse-candidate' as record_type, person_id, first_name, last_name, date_of_birth,
                           id as candidate_id, municipality, source, status, safety_note, created_at, included_at
                    from candidate where house = ?1 and person_id = ?2 and erased_at is null order by created_at""",
                    house, query.personId())) {
                UUID id = (UUID) c.get("candidateId");
                c.put("decisions", SubjectRows.list(em, """
                        select decision, reason, decided_at from inclusion_decision where candidate_id = ?1
                        order by decided_at""", id));
                c.put("caseManagers", SubjectRows.list(em,
                        "select organisation, assigned_at from case_manager where candidate_id = ?1", id));
                c.put("entries", SubjectRows.list(em, """
                        select kind, subtype, entry_date, outcome, text, next_date from client_entry
                        where candidate_id = ?1 order by entry_date""", id));
                records.add(c);
                audit.record(AuditAction.EXPORT, "lifecourse-candidate", id.toString(), query.personId().toString(),
                        SubjectQuery.PURPOSE);
            }
            for (Map<String, Object> p : SubjectRows.list(em, """
                    select 'cter-person' as record_type, person_id, first_name, last_name, id as cter_person_id,
                           municipality, source, ideology, outcome, follow_up, review_date, reported_at
                    from cter_person where house = ?1 and person_id = ?2 order by reported_at""",
                    house, query.personId())) {
                UUID id = (UUID) p.get("cterPersonId");
                p.put("weighings", SubjectRows.list(em, """
                        select outcome, follow_up, review_date, decided_at from cter_weighing where person_id = ?1
                        order by decided_at""", id));
                records.add(p);
                audit.record(AuditAction.EXPORT, "cter-person", id.toString(), query.personId().toString(),
                        SubjectQuery.PURPOSE);
            }
        }
        return new SubjectExport("lifecourse-service", house, query.bsn(), query.personId(), Instant.now(), records);
    }
}
