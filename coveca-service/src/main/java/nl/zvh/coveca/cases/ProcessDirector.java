package nl.zvh.coveca.cases;

/**
 * Who directs a case: login id, login name (what the API shows) and display name (token claim {@code name}, what the
 * pages show; may be null).
 */
public record ProcessDirector(String id, String name, String displayName) {
}
