package nl.zvh.reintegration.track;

/**
 * Status of a basic condition. {@link #UNKNOWN} and {@link #ACTION_NEEDED} are open; the others count as done for
 * "ready for release" (IN_ORDER: was already in order, nothing had to be arranged).
 */
public enum ConditionStatus {
    UNKNOWN, IN_ORDER, ACTION_NEEDED, ARRANGED, NOT_APPLICABLE;

    public boolean isOpen() {
        return this == UNKNOWN || this == ACTION_NEEDED;
    }
}
