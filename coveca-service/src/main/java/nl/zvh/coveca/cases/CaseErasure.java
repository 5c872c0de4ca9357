package nl.zvh.coveca.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.retention.Anonymisation;
import nl.zvh.platform.retention.PersonDataErased;
import nl.zvh.platform.retention.RecordErasure;

/**
 * Anonymises one case in place: names, BSN, contact details, minutes, agendas, plan texts, escalation and expert
 * texts, ZSM scenarios, refusal reasons, documents and
 * the handovers' summaries (the sending house's handover of the case, the incoming request it was opened from) go; the date of birth becomes the date giving the same age at the case's start (age band);
 * dates, municipality, intensity, sub-approach, closure reason, person ids (unique-person counts), meetings held and
 * monitoring scores stay, so the annual figures do not change. Marked {@code erased_at}, the case is never shown.
 * Also which cases may be erased: only closed ones, never an open case.
 */
@ApplicationScoped
public class CaseErasure implements RecordErasure {
    private static final String[] STATEMENTS = {"""
            update case_person set first_name = null, surname_prefix = null, last_name = null, bsn = null,
                date_of_birth = (select c.start_date - make_interval(years => cast(date_part('year',
                    age(c.start_date, case_person.date_of_birth)) as int)) from coveca_case c where c.id = ?1)
            where case_id = ?1""",
            "update case_partner set contact_name = null, contact_phone = null, contact_email = null where case_id = ?1",
            "update case_reopening set reason = '' where case_id = ?1",
            "update network_meeting set location = null, agenda = null, minutes = null where case_id = ?1", """
                    update meeting_participant set name = null
                    where meeting_id in (select id from network_meeting where case_id = ?1)""",
            "update meeting_decision set text = '' where meeting_id in (select id from network_meeting where case_id = ?1)",
            "update plan_goal set description = '' where case_id = ?1",
            "update agreement set description = '', owner_person = null, drop_reason = null where case_id = ?1",
            "update plan_change set snapshot = null, changed_by_name = null where case_id = ?1",
            "update escalation set question = '', answer = null where case_id = ?1",
            "update expert_consultation set expert_name = null, question = '', advice = null where case_id = ?1",
            "update zsm_scenario set scenario = '', advice = null where case_id = ?1",
            "update safety_note set text = '', author_name = null where case_id = ?1",
            "update partner_answer set note = null, answered_by_name = null, reply_note = null,"
                    + " replied_by_name = null where case_id = ?1",
            "update approval_refusal set reason = '', refused_by_name = null where case_id = ?1",
            "update case_handover set summary = '', requested_by_name = null, decline_reason = null where case_id = ?1",
            """
                    update incoming_handover_person set first_name = null, surname_prefix = null, last_name = null,
                        date_of_birth = null
                    where handover_id in (select id from incoming_handover where new_case_id = ?1)""", """
                    update incoming_handover set summary = '', life_domains = null, plan_goals = null,
                        requested_by_name = null, decided_by_name = null, decline_reason = null, erased_at = ?2,
                        version = version + 1
                    where new_case_id = ?1""",
            "delete from case_document_content where document_id in (select id from case_document where case_id = ?1)",
            "update case_document set file_name = '', uploaded_by_name = null where case_id = ?1",
            """
                    update coveca_case set process_director_name = null, process_director_display_name = null, closure_note = null,
                        erased_at = ?2, version = version + 1
                    where id = ?1"""};

    @Inject
    EntityManager em;

    /** @return the platform person ids of the case's persons */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> erase(UUID caseId, Instant now) {
        return Anonymisation.erase(em, "select person_id from case_person where case_id = ?1", STATEMENTS, caseId, now);
    }

    /** Closed, not yet erased cases (over all houses) closed before {@code closedBefore}: id, house, source referral. */
    @SuppressWarnings("unchecked")
    public List<Object[]> closedBefore(Instant closedBefore) {
        return em.createNativeQuery("""
                select id, house, source_referral_id from coveca_case
                where erased_at is null and status = 'CLOSED' and closed_at < ?1""").setParameter(1, closedBefore)
                .getResultList();
    }

    /** Closed, not yet erased cases of {@code house} that came from this referral or re-integration track. */
    @SuppressWarnings("unchecked")
    public List<UUID> closedFrom(String house, UUID source) {
        return em.createNativeQuery("""
                select id from coveca_case where house = ?1 and erased_at is null and status = 'CLOSED'
                  and (source_referral_id = ?2 or source_track_id = ?2)""").setParameter(1, house)
                .setParameter(2, source).getResultList();
    }

    /**
     * The closed cases of the house that came from an erased referral, or from an erased re-integration track (the
     * escalation that opened the case).
     */
    @Override
    public List<UUID> touchedBy(String house, PersonDataErased erased) {
        List<UUID> sources = new ArrayList<>(erased.referralIds());
        if ("reintegration-track".equals(erased.recordType())) {
            sources.add(uuidOrNone(erased.recordId()));
        }
        List<UUID> cases = new ArrayList<>();
        for (UUID source : sources) {
            cases.addAll(closedFrom(house, source));
        }
        return cases;
    }

    private static UUID uuidOrNone(String value) {
        try {
            return UUID.fromString(value);
        } catch (RuntimeException e) {
            return new UUID(0, 0);
        }
    }
}
