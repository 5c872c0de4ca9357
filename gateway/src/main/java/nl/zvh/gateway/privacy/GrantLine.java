package nl.zvh.gateway.privacy;

import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * A break-glass grant as the privacy officer reads it: who by the name people read when the service knows it (else
 * the login name, shown as such), the record, the reason, the validity and the review ({@code verdict} in words, null
 * while not reviewed). {@code service} is the programme's name, {@code route} its code for the review link.
 */
public record GrantLine(String id, String route, String service, String user, String displayName, String organisation,
        String roles, String resource, String resourceId, String reason, OffsetDateTime grantedAt,
        OffsetDateTime expiresAt, boolean active, String verdict, boolean justified, String note, String reviewerName,
        OffsetDateTime reviewedAt) {

    static GrantLine of(GrantRow row, Locale locale) {
        PrivacyMessages m = PrivacyResource.messages(locale);
        String verdict = row.verdict() == null
                ? null
                : "JUSTIFIED".equals(row.verdict()) ? m.verdict_justified() : m.verdict_not_justified();
        return new GrantLine(row.id(), row.service(), CodeLabels.service(row.service(), locale), row.userName(),
                row.displayName(), row.organisation(), CodeLabels.roles(row.roles(), locale),
                CodeLabels.of("AuditResource", row.resourceType(), locale), row.resourceId(), row.reason(),
                AuditLine.parse(row.grantedAt()), AuditLine.parse(row.expiresAt()), row.active(), verdict,
                "JUSTIFIED".equals(row.verdict()), row.note(), row.reviewerName(), AuditLine.parse(row.reviewedAt()));
    }

    /** Whether the privacy officer has reviewed the grant. */
    public boolean reviewed() {
        return verdict != null;
    }

    /** The record's number as the programmes show it: the first 8 characters of its id (the whole id on hover). */
    public String shortResourceId() {
        return resourceId != null && resourceId.length() == 36 && resourceId.charAt(8) == '-'
                ? resourceId.substring(0, 8)
                : resourceId;
    }

    /** The review page of this grant. */
    public String reviewHref() {
        return "/privacy/break-glass/" + route + "/" + id;
    }

    public String grantedIso() {
        return grantedAt == null ? "" : grantedAt.toString();
    }

    public String expiresIso() {
        return expiresAt == null ? "" : expiresAt.toString();
    }
}
