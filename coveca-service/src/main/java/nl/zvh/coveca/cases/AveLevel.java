package nl.zvh.coveca.cases;

import nl.zvh.platform.problem.ProblemException;

/** The four AVE escalation levels, lowest first: case, process, management, administrative. */
public enum AveLevel {
    CASE, PROCESS, MANAGEMENT, ADMINISTRATIVE;

    /**
     * The level after one step from {@code current} (null: not escalated): escalating names a level above it,
     * de-escalating one below it, scaling down to regular care names none and leaves the levels (null).
     */
    static AveLevel step(AveLevel current, Direction direction, AveLevel level) {
        switch (direction) {
            case ESCALATE -> {
                if (level == null) {
                    throw ProblemException.invalid("level", "is required to escalate");
                }
                if (current != null && level.compareTo(current) <= 0) {
                    throw ProblemException.invalid("level", "must be above the current level " + current);
                }
            }
            case DE_ESCALATE -> {
                if (level == null) {
                    throw ProblemException.invalid("level", "is required to de-escalate");
                }
                if (current == null || level.compareTo(current) >= 0) {
                    throw ProblemException.invalid("level", "must be below the current level " + current);
                }
            }
            case SCALE_DOWN_TO_REGULAR_CARE -> {
                if (level != null) {
                    throw ProblemException.invalid("level", "does not apply when scaling down to regular care");
                }
            }
        }
        return level;
    }
}
