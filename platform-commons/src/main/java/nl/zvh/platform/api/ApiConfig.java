package nl.zvh.platform.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The API's version ({@code zvh.api.version}): full semver, the same as the OpenAPI document's {@code info.version}. */
@ConfigMapping(prefix = "zvh.api")
public interface ApiConfig {
    @WithDefault("1.0.0")
    String version();
}
