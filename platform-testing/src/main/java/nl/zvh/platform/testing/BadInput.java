package nl.zvh.platform.testing;

import java.nio.charset.StandardCharsets;

/**
 * One hostile request body of the bad-input corpus.
 *
 * @param name           what the case is, for the report
 * @param field          the body field it targets (dotted path as problems name it), or null for whole-body cases
 * @param body           the raw bytes sent (so invalid UTF-8 and raw control bytes are possible)
 * @param contentType    the Content-Type sent
 * @param mustBeRejected true when no correct service may accept it (wrong type, malformed, NUL, unknown field)
 */
public record BadInput(String name, String field, byte[] body, String contentType, boolean mustBeRejected) {

    static BadInput json(String name, String field, String body, boolean mustBeRejected) {
        return new BadInput(name, field, escapeLoneSurrogates(body).getBytes(StandardCharsets.UTF_8),
                "application/json", mustBeRejected);
    }

    /** JSON-escapes unpaired surrogates (UTF-8 cannot carry them raw) so they reach the server as \\uD800. */
    static String escapeLoneSurrogates(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1));
            if (paired) {
                out.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        String shown = new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8);
        return name + (field == null ? "" : " @" + field) + " [" + contentType + "] " + shown
                + (body.length > 160 ? "... (" + body.length + " bytes)" : "");
    }
}
