package nl.zvh.platform.breakglass;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;

/** Remembers that this request reads a record under a break-glass grant, so every audit entry is marked. */
@RequestScoped
public class BreakGlassAccess {
    private UUID grant;

    public void use(UUID grantId) {
        this.grant = grantId;
    }

    public Optional<UUID> grant() {
        return Optional.ofNullable(grant);
    }
}
