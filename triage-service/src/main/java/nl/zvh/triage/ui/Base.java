package nl.zvh.triage.ui;

/** The path prefix the gateway serves this service under (X-Forwarded-Prefix, e.g. /triage), for UI links. */
final class Base {
    private Base() {
    }

    static String of(String forwardedPrefix) {
        if (forwardedPrefix == null || !forwardedPrefix.matches("/[a-z-]{1,40}")) {
            return "";
        }
        return forwardedPrefix;
    }
}
