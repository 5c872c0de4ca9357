package nl.zvh.triage.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads and changes a house's session rule and table partners. */
@ApplicationScoped
public class TableSettings {

    @Inject
    TriageConfig config;

    @Inject
    EntityManager em;

    @Transactional
    public SessionRule of(String house) {
        List<String> partners = partners(house);
        HouseSettings own = HouseSettings.findById(house);
        if (own == null) {
            var d = config.defaultSession();
            return new SessionRule(d.weekday(), d.time(), d.cutoffDaysBefore(), d.cutoffTime(),
                    partners.isEmpty() ? d.partners() : partners);
        }
        return new SessionRule(own.sessionWeekday, own.sessionTime, own.cutoffDaysBefore, own.cutoffTime,
                partners.isEmpty() ? config.defaultSession().partners() : partners);
    }

    @Transactional
    public SessionRule change(String house, SessionRule rule) {
        HouseSettings own = HouseSettings.findById(house);
        boolean first = own == null;
        if (first) {
            own = new HouseSettings();
            own.house = house;
        }
        own.sessionWeekday = rule.weekday();
        own.sessionTime = rule.time();
        own.cutoffDaysBefore = rule.cutoffDaysBefore();
        own.cutoffTime = rule.cutoffTime();
        if (first) {
            // persisted complete: the native statements below flush it, and a house's first settings must not be
            // inserted half-filled
            own.persist();
        }
        em.createNativeQuery("delete from triage_table_partner where house = ?1").setParameter(1, house)
                .executeUpdate();
        for (String organisation : rule.partners()) {
            em.createNativeQuery("insert into triage_table_partner (house, organisation) values (?1, ?2)")
                    .setParameter(1, house).setParameter(2, organisation).executeUpdate();
        }
        return of(house);
    }

    @SuppressWarnings("unchecked")
    private List<String> partners(String house) {
        return em
                .createNativeQuery(
                        "select organisation from triage_table_partner where house = ?1 order by organisation")
                .setParameter(1, house).getResultList();
    }
}
