package nl.zvh.trafficking.signal;

/** Whether the presumed victim was a minor when the signal was received: minor, adult, or not known. */
public enum Minority {
    MINOR, ADULT, UNKNOWN
}
