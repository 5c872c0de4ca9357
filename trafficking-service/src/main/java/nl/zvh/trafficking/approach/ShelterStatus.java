package nl.zvh.trafficking.approach;

/** Status of a shelter (opvang) request: asked → refused (with reason) or placed → left. */
public enum ShelterStatus {
    ASKED, REFUSED, PLACED, LEFT
}
