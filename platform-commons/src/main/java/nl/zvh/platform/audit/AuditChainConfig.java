package nl.zvh.platform.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Sealing of the audit hash chain after commit ({@link AuditChainSealer}). */
@ConfigMapping(prefix = "zvh.audit.chain")
public interface AuditChainConfig {

    /** How long a committed audit entry waits at most (when idle) before it is linked into the chain. */
    @WithDefault("200ms")
    Duration sealInterval();

    /** Entries linked per sealing transaction. */
    @WithDefault("2000")
    int sealBatch();
}
