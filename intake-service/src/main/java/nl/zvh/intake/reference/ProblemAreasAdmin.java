package nl.zvh.intake.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.zvh.intake.reference.ReferenceConflict.Reason;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;

/**
 * The functional admin switches the national problem areas on and off for the own house: an inactive one is not
 * offered on the referral form and refused in new referrals; existing referrals keep it. Checked against the
 * version the admin saw (a stale switch is a {@link ReferenceConflict}).
 */
@ApplicationScoped
public class ProblemAreasAdmin {

    /** A problem area with its labels and its state in the house. */
    public record ProblemAreaRow(String code, String labelNl, String labelEn, boolean active, int version) {
    }

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @SuppressWarnings("unchecked")
    public List<ProblemAreaRow> all() {
        List<Object[]> rows = em.createNativeQuery("""
                select p.code, p.label_nl, p.label_en, coalesce(h.active, true), coalesce(h.version, 0)
                from problem_area p left join house_problem_area h on h.code = p.code and h.house = ?1
                order by p.position""").setParameter(1, user.requireHouse()).getResultList();
        return rows.stream().map(r -> new ProblemAreaRow((String) r[0], (String) r[1], (String) r[2], (Boolean) r[3],
                ((Number) r[4]).intValue())).toList();
    }

    /** Switches the problem area on or off for the caller's house, seen at {@code version}. */
    @Transactional
    public ProblemAreaRow switchTo(String code, boolean active, int version) {
        ProblemAreaRow now = all().stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("problem area " + code));
        if (now.version() != version) {
            throw new ReferenceConflict(Reason.STALE,
                    "problem area " + code + " was changed by someone else since" + " version " + version);
        }
        int changed = em.createNativeQuery("""
                insert into house_problem_area (house, code, active, version) values (?1, ?2, ?3, 1)
                on conflict (house, code) do update set active = excluded.active,
                    version = house_problem_area.version + 1
                where house_problem_area.version = ?4""").setParameter(1, user.requireHouse()).setParameter(2, code)
                .setParameter(3, active).setParameter(4, version).executeUpdate();
        if (changed != 1) {
            throw new ReferenceConflict(Reason.STALE, "problem area " + code + " was changed by someone else");
        }
        return all().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }
}
