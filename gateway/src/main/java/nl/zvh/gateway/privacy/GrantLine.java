package nl.zvh.gateway.privacy;

import java.time.OffsetDateTime;
import java.util.Locale;

/** A break-glass grant as the privacy officer reads it (see {@link AuditLine} for why the login name is shown). */
public record GrantLine(String service, String user, String organisation, String roles, String resource,
        String resourceId, String reason, OffsetDateTime grantedAt, OffsetDateTime expiresAt, boolean active) {

    static GrantLine of(GrantRow row, Locale locale) {
        return new GrantLine(CodeLabels.service(row.service(), locale), row.userName(), row.organisation(),
                CodeLabels.roles(row.roles(), locale), CodeLabels.of("AuditResource", row.resourceType(), locale),
                row.resourceId(), row.reason(), AuditLine.parse(row.grantedAt()), AuditLine.parse(row.expiresAt()),
                row.active());
    }

    public String grantedIso() {
        return grantedAt == null ? "" : grantedAt.toString();
    }

    public String expiresIso() {
        return expiresAt == null ? "" : expiresAt.toString();
    }
}
