package nl.zvh.reintegration.dji;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Which partner-system organisation is the prison service (its tokens carry this organisation, no house). */
@ConfigMapping(prefix = "zvh.reintegration.dji")
public interface DjiConfig {
    @WithDefault("Dienst Justitiële Inrichtingen")
    String organisation();
}
