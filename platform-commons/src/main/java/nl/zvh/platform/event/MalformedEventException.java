package nl.zvh.platform.event;

/** An event that cannot be understood: it goes to the dead-letter topic with this message as the reason. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message) {
        super(message);
    }
}
