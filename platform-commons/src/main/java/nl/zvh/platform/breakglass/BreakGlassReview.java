package nl.zvh.platform.breakglass;

import java.time.OffsetDateTime;

/**
 * The privacy officer's review of a grant: the verdict and a note (mandatory when not justified). As a request only
 * {@code verdict} and {@code note} (at most 2000 characters) are read; the answer also says who reviewed it and when.
 */
@io.quarkus.qute.TemplateData
public record BreakGlassReview(String verdict, String note, String reviewerId, String reviewerName,
        OffsetDateTime reviewedAt) {
}
