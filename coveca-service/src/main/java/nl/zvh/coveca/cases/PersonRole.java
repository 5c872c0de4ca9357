package nl.zvh.coveca.cases;

/** The main person or a system member (household, family). */
public enum PersonRole {
    MAIN, SYSTEM_MEMBER
}
