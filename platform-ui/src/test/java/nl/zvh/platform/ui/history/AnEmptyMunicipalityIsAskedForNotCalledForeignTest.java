package nl.zvh.platform.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.Arrays;
import nl.zvh.platform.problem.Problem;
import org.junit.jupiter.api.Test;

/**
 * A history file's row without a municipality is told to fill it in; a row with a municipality of another house is
 * told that it is not one of this house (before, both read "Geen gemeente van dit huis.").
 */
class AnEmptyMunicipalityIsAskedForNotCalledForeignTest {

    /** The bundle as the reason's key: reasonOf("x") reads "reasonOf:x". */
    static final UploadMessages KEYS = (UploadMessages) Proxy.newProxyInstance(UploadMessages.class.getClassLoader(),
            new Class<?>[]{UploadMessages.class}, (proxy, method, args) -> method.getName()
                    + (args == null ? "" : ":" + Arrays.toString(args).replaceAll("[\\[\\]]", "")));

    static final HistoryUpload.Texts SERVICE = new HistoryUpload.Texts((a, b) -> "", kind -> "service:" + kind);

    @Test
    void anEmptyCellIsAskedForAndAForeignNameIsNamedForeign() {
        assertEquals("reasonOf:gemeente-required", HistoryUpload
                .line(new Problem.FieldError("rows[3].gemeente", "is required (at most 100 characters)"), KEYS, SERVICE)
                .reason());
        assertEquals("reasonOf:gemeente", HistoryUpload
                .line(new Problem.FieldError("rows[4].gemeente", "is not a municipality of this house"), KEYS, SERVICE)
                .reason());
        assertEquals("3",
                HistoryUpload.line(new Problem.FieldError("rows[3].gemeente", "is required"), KEYS, SERVICE).row());
    }
}
