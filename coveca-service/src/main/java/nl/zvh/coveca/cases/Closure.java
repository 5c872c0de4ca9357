package nl.zvh.coveca.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.UUID;
import nl.zvh.platform.problem.ProblemException;

/**
 * How a case was closed or asked to be closed: reason, receiving municipality, note, closing meeting, who asked and
 * when. A value: a case changes its closure only by replacing it.
 */
@Embeddable
public record Closure(@Enumerated(EnumType.STRING) @Column(name = "closure_reason") ClosureReason reason,

        @Column(name = "receiving_municipality") String receivingMunicipality,
        @Column(name = "closure_note") String note, @Column(name = "closing_meeting_id") UUID closingMeetingId,
        @Column(name = "closure_requested_by") String requestedBy,
        @Column(name = "closure_requested_at") Instant requestedAt) {
    /** No closure: a case that is open. */
    public static final Closure NONE = new Closure(null, null, null, null, null, null);

    /**
     * A closure asked {@code by} someone: moved out of region names the receiving municipality, no other reason
     * does; a closing meeting must be one of the case's.
     */
    static Closure requested(CaseRequests.Closure request, boolean closingMeetingOfThisCase, String by, Instant at) {
        boolean movedOut = request.reason() == ClosureReason.MOVED_OUT_OF_REGION;
        boolean receiving = request.receivingMunicipality() != null && !request.receivingMunicipality().isBlank();
        if (movedOut && !receiving) {
            throw ProblemException.invalid("receivingMunicipality", "is required when the person moved out of region");
        }
        if (!movedOut && receiving) {
            throw ProblemException.invalid("receivingMunicipality", "only applies when the person moved out of region");
        }
        if (request.closingMeetingId() != null && !closingMeetingOfThisCase) {
            throw ProblemException.invalid("closingMeetingId", "is not a meeting of this case");
        }
        return new Closure(request.reason(), request.receivingMunicipality(), request.note(),
                request.closingMeetingId(), by, at);
    }
}
