package nl.zvh.coveca.cases;

import java.time.LocalDate;
import java.util.UUID;

/** A case in a list: the main person's name, status and who directs it. */
public record CaseSummary(UUID id, String mainPersonName, String municipality, Intensity intensity,
        SubApproach subApproach, CaseStatus status, LocalDate startDate, String processDirectorName, boolean mine,
        UUID sourceReferralId, UUID sourceTrackId) {
    public static CaseSummary of(CovecaCase c, String userId) {
        return new CaseSummary(c.id(), c.mainPersonName("?"), c.municipality(), c.intensity(), c.subApproach(),
                c.status(), c.startDate(), c.processDirectorName(), c.isDirectedBy(userId), c.sourceReferralId(),
                c.sourceTrackId());
    }
}
