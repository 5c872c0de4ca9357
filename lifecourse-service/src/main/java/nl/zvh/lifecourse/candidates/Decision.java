package nl.zvh.lifecourse.candidates;

/** The inclusion table's decision about one candidate. */
public enum Decision {
    INCLUDED, NOT_INCLUDED, POSTPONED
}
