package nl.zvh.platform.breakglass;

/**
 * Who is responsible for a record opened under break-glass and is told so on the record's page: a user (login id
 * and/or login name) and/or an organisation; a caller is the owner when every part given matches.
 */
public record BreakGlassOwner(String organisation, String userId, String userName) {

    /** The owner is one user, by login id. */
    public static BreakGlassOwner user(String userId) {
        return new BreakGlassOwner(null, userId, null);
    }

    /** The owner is an organisation (any of its users). */
    public static BreakGlassOwner organisation(String organisation) {
        return new BreakGlassOwner(organisation, null, null);
    }
}
