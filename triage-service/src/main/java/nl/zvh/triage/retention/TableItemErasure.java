package nl.zvh.triage.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Anonymises one item of the house's other tables in place, in the caller's transaction: first and last name, date of
 * birth, the police report's or OM list's number, summary, related persons and agreements (on the item and in each of
 * its decisions) go, and the minutes of a meeting once every item on its agenda is erased; table, kind, status, source,
 * municipality, district, category, dates, outcomes, track dates, responsible partner and the Wvggz investigation's
 * dates and outcome stay, so {@code /api/tables/figures} does not change. {@code erased_at} is set: the item leaves
 * every list and answers 404.
 * <p>
 * Not a {@code RecordErasure}: an item has no referral and no platform person id, no other service holds a copy of it,
 * so nothing is announced (the service's one {@code RecordErasure} stays the referrals').
 */
@ApplicationScoped
public class TableItemErasure {
    private static final String[] STATEMENTS = {"""
            update table_item set first_name = null, last_name = null, birth_date = null, external_ref = null,
                summary = null, related_persons = null, agreements = null, erased_at = ?2
            where id = ?1 and erased_at is null""", "update table_agenda_item set agreements = null where item_id = ?1",
            """
                    update table_meeting set minutes = null
                    where id in (select meeting_id from table_agenda_item where item_id = ?1)
                      and not exists (select 1 from table_agenda_item a join table_item i on i.id = a.item_id
                                      where a.meeting_id = table_meeting.id and i.erased_at is null)"""};

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(UUID itemId, Instant now) {
        for (String statement : STATEMENTS) {
            var query = em.createNativeQuery(statement).setParameter(1, itemId);
            if (statement.contains("?2")) {
                query.setParameter(2, now);
            }
            query.executeUpdate();
        }
        em.flush();
        em.clear();
    }

    /**
     * Items of one table kind, in every house, decided or closed, whose last event is before {@code before}: the last
     * decision, the end of an AWARE track, the conclusion of the Wvggz investigation or the date of a meeting the
     * item is on the agenda of, whichever is last. An item that waits for its first decision never expires.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> expired(String kind, LocalDate before) {
        return em.createNativeQuery("""
                select i.id from table_item i left join exploratory_investigation v on v.item_id = i.id
                where i.erased_at is null and i.kind = ?1 and i.status in ('DECIDED', 'CLOSED')
                  and greatest(i.decided_on, i.track_end, v.concluded_on,
                      (select max(m.meeting_date) from table_agenda_item a join table_meeting m on m.id = a.meeting_id
                       where a.item_id = i.id)) < ?2""").setParameter(1, kind).setParameter(2, before).getResultList();
    }
}
