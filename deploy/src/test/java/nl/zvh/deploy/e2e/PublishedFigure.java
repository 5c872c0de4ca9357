package nl.zvh.deploy.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;

/**
 * A count the analyst reads in a service's figures, before and after a test did something: shown exactly, or withheld
 * by the small-cell rule (null, and named in the answer's {@code suppressed}). A test checks what it can see: the
 * growth when both counts are shown, that a withheld count is named as withheld, and that a count that became visible
 * holds at least what the test added.
 */
final class PublishedFigure {
    private PublishedFigure() {
    }

    /** The count at {@code path} (named {@code name} in {@code suppressed}) grew by {@code by}, as far as shown. */
    static void grew(JsonPath before, JsonPath after, String path, String name, int by) {
        Number was = before.get(path);
        Number is = after.get(path);
        if (is == null) {
            assertTrue(after.getList("suppressed").contains(name), name + " is null but not named as withheld");
        } else if (was == null) {
            assertTrue(is.intValue() >= by, name + " shows " + is + ", fewer than the " + by + " this test added");
        } else {
            assertEquals(by, is.intValue() - was.intValue(), name);
        }
    }

    /** As {@link #grew(JsonPath, JsonPath, String, String, int)} for a count whose path is its name. */
    static void grew(JsonPath before, JsonPath after, String name, int by) {
        grew(before, after, name, name, by);
    }
}
