package nl.zvh.platform.breakglass;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The reminder that leaves the platform: gauge {@code zvh_break_glass_overdue_reviews{house}} counts this service's
 * emergency grants that no privacy officer reviewed within {@link #REVIEW_WITHIN} (the weekly review list), recounted
 * every few minutes. Operations alert on it (rule {@code BreakGlassReviewOverdue} in deploy/kubernetes/README.md) and tell the
 * house's privacy officer outside the platform; inside, the privacy pages say the same. No person data: a house and a
 * number.
 */
@ApplicationScoped
public class OverdueReviews {
    /** A grant is reviewed on the weekly list; older and still unreviewed is overdue. */
    public static final Duration REVIEW_WITHIN = Duration.ofDays(7);
    static final String GAUGE = "zvh.break-glass.overdue-reviews";

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry registry;

    @Inject
    BreakGlassClock clock;

    private final Map<String, AtomicLong> perHouse = new ConcurrentHashMap<>();

    @Scheduled(every = "{zvh.break-glass.overdue-count-every:5m}", delayed = "20s", identity = "break-glass-overdue", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void recount() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select g.house, count(*) from break_glass_grant g
                where g.granted_at < ?1 and g.reviewed_at is null
                group by g.house""").setParameter(1, clock.now().minus(REVIEW_WITHIN)).getResultList();
        Set<String> seen = new HashSet<>();
        for (Object[] row : rows) {
            String house = (String) row[0];
            seen.add(house);
            gauge(house).set(((Number) row[1]).longValue());
        }
        perHouse.forEach((house, count) -> {
            if (!seen.contains(house)) {
                count.set(0);
            }
        });
    }

    /** The last count for {@code house} (0 when none was seen). */
    public long overdue(String house) {
        AtomicLong count = perHouse.get(house);
        return count == null ? 0 : count.get();
    }

    private AtomicLong gauge(String house) {
        return perHouse.computeIfAbsent(house, h -> {
            AtomicLong count = new AtomicLong();
            Gauge.builder(GAUGE, count, AtomicLong::get).tag("house", h)
                    .description("emergency grants not reviewed within a week").register(registry);
            return count;
        });
    }
}
