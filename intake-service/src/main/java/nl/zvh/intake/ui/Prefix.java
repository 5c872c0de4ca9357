package nl.zvh.intake.ui;

/** The gateway's path prefix of this service (X-Forwarded-Prefix, e.g. "/intake"), for links in pages. */
final class Prefix {
    private Prefix() {
    }

    /** Only a plain path prefix is trusted; anything else is ignored (links then point at the service itself). */
    static String of(String forwardedPrefix) {
        if (forwardedPrefix == null || !forwardedPrefix.matches("(/[a-z0-9-]+)+")) {
            return "";
        }
        return forwardedPrefix;
    }
}
