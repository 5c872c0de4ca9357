package nl.zvh.trafficking.approach;

/** Why a coordinated approach was closed. */
public enum ClosureReason {
    GOALS_REACHED, TRANSFERRED_TO_OTHER_REGION, VICTIM_WITHDREW, VICTIM_UNREACHABLE, OTHER
}
