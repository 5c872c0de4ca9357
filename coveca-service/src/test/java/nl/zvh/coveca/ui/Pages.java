package nl.zvh.coveca.ui;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading pages as a person does in the tests: the text without tags and attributes (option values are codes). */
final class Pages {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern FIELD_ERROR = Pattern
            .compile("id=\"([\\w-]+)-error\"><span[^>]*>[^<]*</span>([^<]+)<");

    private Pages() {
    }

    static String visibleText(String html) {
        return TAG.matcher(html).replaceAll(" ");
    }

    /** The message shown next to field {@code id}, or null. */
    static String fieldError(String html, String id) {
        Matcher m = FIELD_ERROR.matcher(html);
        while (m.find()) {
            if (m.group(1).equals(id)) {
                return m.group(2).strip();
            }
        }
        return null;
    }
}
