package nl.zvh.coveca.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code zvh.coveca.*}: per house ({@code zvh.coveca.houses.<code>.four-eyes=true},
 * {@code zvh.coveca.houses.<code>.staff-organisation=ZVH De Markiezaten}) and programme-wide settings.
 */
@ConfigMapping(prefix = "zvh.coveca")
public interface CovecaConfig {

    /** Settings per house code; a house without an entry has the defaults (no four-eyes, no staff organisation). */
    Map<String, House> houses();

    /** How long after the last monitoring round a person's next round is due. */
    @WithDefault("P90D")
    Duration monitoringInterval();

    /** How often the overdue-agreement job runs (once per cluster per run). */
    @WithDefault("15m")
    String overdueEvery();

    /** The largest document a case accepts (413 above it); below quarkus.http.limits.max-body-size. */
    @WithDefault("10M")
    MemorySize documentMaxSize();

    /** One house. */
    interface House {
        /** A second process director must approve the action plan and the closure. */
        @WithDefault("false")
        boolean fourEyes();

        /** The house's own organisation (its process directors see every case of the house). */
        Optional<String> staffOrganisation();

        /** The house's name as people read it ({@code Zorg- en Veiligheidshuis Haaglanden}); a house without one receives no handovers. */
        Optional<String> name();

        /** The municipalities of the house's region (a handover names one of the receiving house's). */
        Optional<List<String>> municipalities();
    }

    default boolean fourEyes(String house) {
        House settings = houses().get(house);
        return settings != null && settings.fourEyes();
    }

    default Optional<String> staffOrganisation(String house) {
        House settings = houses().get(house);
        return settings == null ? Optional.empty() : settings.staffOrganisation();
    }
}
