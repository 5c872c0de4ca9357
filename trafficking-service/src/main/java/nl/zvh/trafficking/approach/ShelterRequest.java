package nl.zvh.trafficking.approach;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.zvh.platform.problem.ProblemException;

/**
 * A request for shelter (opvang), possibly at one of the national categorical shelters (COSM). Its steps: ASKED →
 * REFUSED (with a reason) or PLACED (not before it was asked); PLACED → LEFT (not before the placement).
 */
@Entity
@Table(name = "shelter_request")
public class ShelterRequest extends ApproachPart {
    private String shelterName;

    private boolean categorical;

    @Enumerated(EnumType.STRING)
    private ShelterStatus status;

    private LocalDate askedOn;

    private String refusalReason;

    private LocalDate placedOn;

    private LocalDate leftOn;

    protected ShelterRequest() {
    }

    ShelterRequest(Approach approach, String shelterName, boolean categorical, LocalDate askedOn, int position) {
        super(approach, position);
        this.shelterName = shelterName;
        this.categorical = categorical;
        this.status = ShelterStatus.ASKED;
        this.askedOn = askedOn;
    }

    /** The shelter's answer or the stay's end on {@code date}; a step the request cannot take is refused (400). */
    void answer(ShelterStatus to, String reason, LocalDate date) {
        boolean allowed = (status == ShelterStatus.ASKED && (to == ShelterStatus.REFUSED || to == ShelterStatus.PLACED))
                || (status == ShelterStatus.PLACED && to == ShelterStatus.LEFT);
        if (!allowed) {
            throw ProblemException.invalid("status", "cannot go from " + status + " to " + to);
        }
        switch (to) {
            case REFUSED -> {
                if (reason == null || reason.isBlank()) {
                    throw ProblemException.invalid("refusalReason", "is required when the shelter refused");
                }
                refusalReason = reason;
            }
            case PLACED -> {
                if (date.isBefore(askedOn)) {
                    throw ProblemException.invalid("date", "lies before the request");
                }
                placedOn = date;
            }
            default -> {
                if (date.isBefore(placedOn)) {
                    throw ProblemException.invalid("date", "lies before the placement");
                }
                leftOn = date;
            }
        }
        status = to;
    }

    public String shelterName() {
        return shelterName;
    }

    public boolean categorical() {
        return categorical;
    }

    public ShelterStatus status() {
        return status;
    }

    public LocalDate askedOn() {
        return askedOn;
    }

    public String refusalReason() {
        return refusalReason;
    }

    public LocalDate placedOn() {
        return placedOn;
    }

    public LocalDate leftOn() {
        return leftOn;
    }
}
