package nl.zvh.lifecourse.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/** {@code zvh.lifecourse.*}: capacity per house ({@code zvh.lifecourse.houses.<code>.capacity=15}). */
@ConfigMapping(prefix = "zvh.lifecourse")
public interface LifecourseConfig {

    /** Settings per house code; a house without an entry has the default capacity. */
    Map<String, House> houses();

    /** Capacity of a house without its own setting. */
    @WithDefault("15")
    int defaultCapacity();

    /** One house. */
    interface House {
        /** How many active life-course clients the house can follow at once. */
        @WithDefault("15")
        int capacity();
    }

    default int capacity(String house) {
        House settings = houses().get(house);
        return settings == null ? defaultCapacity() : settings.capacity();
    }
}
