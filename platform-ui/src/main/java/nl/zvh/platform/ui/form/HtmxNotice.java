package nl.zvh.platform.ui.form;

/**
 * The {@code HX-Trigger} response header that makes the shell's zvh.js announce a result in the page's live region:
 * {@code {"zvhNotice":"Opgeslagen."}}. HTTP headers are read as Latin-1, so everything beyond ASCII is written as a
 * JSON {@code \\uXXXX} escape.
 */
public final class HtmxNotice {

    public static final String HEADER = "HX-Trigger";

    private HtmxNotice() {
    }

    public static String of(String message) {
        StringBuilder json = new StringBuilder("{\"zvhNotice\":\"");
        for (char c : message.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append("\"}").toString();
    }
}
