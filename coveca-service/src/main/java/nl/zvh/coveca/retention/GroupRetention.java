package nl.zvh.coveca.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.retention.RetentionJob;

/**
 * Groups of the group approach closed longer than their term ({@link CovecaRetentionTerms#groupYears()}, the cases'
 * term by default), anonymised in place: the names, dates of birth and BSNs of members without a case, every member's
 * link to a case (the case keeps its own term), the group's description and its subgroups' attendance, minutes and
 * agreements go; the group's name, municipality and dates, its subgroups and every member's person id stay, so the
 * group figures (distinct persons per year) do not change. Members then show as "data erased".
 * <p>
 * No {@code PersonDataErased}: a member without a case has a person id of coveca's own that no other service knows,
 * and a member's case is erased by its own term and announced then; no other service holds a copy of a group.
 */
@ApplicationScoped
public class GroupRetention implements RetentionJob {
    private static final String[] STATEMENTS = {"""
            update group_member set case_id = null, first_name = null, surname_prefix = null, last_name = null,
                date_of_birth = null, bsn = null, erased_at = ?2
            where group_id = ?1""", """
            update subgroup_meeting set attendance = '', minutes = '', agreements = null
            where subgroup_id in (select id from coveca_subgroup where group_id = ?1)""",
            "update coveca_group set description = null, erased_at = ?2, version = version + 1 where id = ?1"};

    @Inject
    CovecaRetentionTerms terms;

    @Inject
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public int eraseExpired(Instant now) {
        List<UUID> groups = em.createNativeQuery(
                "select id from coveca_group where erased_at is null and closed_on is not null and closed_on < ?1")
                .setParameter(1, now.atZone(ZoneOffset.UTC).toLocalDate().minusYears(terms.groupYears()))
                .getResultList();
        for (UUID group : groups) {
            for (String statement : STATEMENTS) {
                var query = em.createNativeQuery(statement).setParameter(1, group);
                if (statement.contains("?2")) {
                    query.setParameter(2, now);
                }
                query.executeUpdate();
            }
        }
        em.flush();
        em.clear();
        return groups.size();
    }
}
