package nl.zvh.lifecourse.clients;

/** The outcome of a contact moment. */
public enum ContactOutcome {
    SPOKEN, DOOR_STAYED_CLOSED, NOT_PRESENT, REFUSED
}
