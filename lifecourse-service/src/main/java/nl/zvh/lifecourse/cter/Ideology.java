package nl.zvh.lifecourse.cter;

/** The ideology category of a CTER report. */
public enum Ideology {
    RIGHT_WING, LEFT_WING, RELIGIOUS, ANTI_GOVERNMENT_SOVEREIGN, OTHER
}
