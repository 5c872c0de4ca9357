package nl.zvh.intake.attachment;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code zvh.intake.attachments.*}: limits of referral attachments. */
@ConfigMapping(prefix = "zvh.intake.attachments")
public interface AttachmentConfig {
    /** Largest accepted file (413 above it). Keep below quarkus.http.limits.max-body-size (12M). */
    @WithDefault("10M")
    MemorySize maxSize();
}
