package nl.zvh.trafficking.approach;

import java.time.LocalDate;
import nl.zvh.platform.problem.ProblemException;

/** The allowed steps of a shelter request: ASKED → REFUSED (reason) or PLACED (date); PLACED → LEFT (date). */
final class ShelterTransitions {
    private ShelterTransitions() {
    }

    static void apply(ShelterRequest request, ApproachInputs.ShelterUpdate in) {
        ShelterStatus from = request.status;
        ShelterStatus to = in.status();
        boolean allowed = (from == ShelterStatus.ASKED && (to == ShelterStatus.REFUSED || to == ShelterStatus.PLACED))
                || (from == ShelterStatus.PLACED && to == ShelterStatus.LEFT);
        if (!allowed) {
            throw ProblemException.invalid("status", "cannot go from " + from + " to " + to);
        }
        LocalDate date = in.date() == null ? LocalDate.now() : in.date();
        switch (to) {
            case REFUSED -> {
                if (in.refusalReason() == null || in.refusalReason().isBlank()) {
                    throw ProblemException.invalid("refusalReason", "is required when the shelter refused");
                }
                request.refusalReason = in.refusalReason();
            }
            case PLACED -> {
                if (date.isBefore(request.askedOn)) {
                    throw ProblemException.invalid("date", "lies before the request");
                }
                request.placedOn = date;
            }
            case LEFT -> {
                if (date.isBefore(request.placedOn)) {
                    throw ProblemException.invalid("date", "lies before the placement");
                }
                request.leftOn = date;
            }
            default -> throw ProblemException.invalid("status", "cannot be set to " + to);
        }
        request.status = to;
    }
}
