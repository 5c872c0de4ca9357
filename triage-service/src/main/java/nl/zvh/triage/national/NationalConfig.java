package nl.zvh.triage.national;

import io.smallrye.config.ConfigMapping;
import java.util.Map;
import java.util.Optional;

/**
 * The national familiarity check ({@code zvh.national.*}): the key every house shares to turn identifiers into keyed
 * hashes (a secret: from the environment, {@code ZVH_NATIONAL_KEY}, never in a prod profile's properties) and the
 * houses' names and contact points an answer names.
 */
@ConfigMapping(prefix = "zvh.national")
public interface NationalConfig {
    /** HMAC-SHA256 key shared by the houses (at least 32 characters). */
    String key();

    /** Per house code: its display name and where a colleague asks further. */
    Map<String, House> houses();

    interface House {
        String name();

        /** E.g. the house's triage secretariat; what the asking chair calls to learn more. */
        Optional<String> contact();
    }
}
