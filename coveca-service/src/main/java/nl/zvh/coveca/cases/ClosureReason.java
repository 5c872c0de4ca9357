package nl.zvh.coveca.cases;

/** Why a case was closed; MOVED_OUT_OF_REGION names the receiving municipality. */
public enum ClosureReason {
    STABLE, SCALED_DOWN_TO_REGULAR_CARE, MOVED_OUT_OF_REGION, DETAINED, DECEASED, ADMINISTRATIVE
}
