package nl.zvh.platform.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldsRefuseWhatAFieldDoesNotAskTest {

    enum Colour {
        RED, GREEN
    }

    static final class Dutch implements FieldMessages {
        public String required() {
            return "Vul dit veld in.";
        }

        public String choose() {
            return "Maak een keuze.";
        }

        public String tooLong(int max) {
            return "max " + max;
        }

        public String tooManyLines(int most) {
            return "regels " + most;
        }

        public String invalidDate() {
            return "datum";
        }

        public String futureDate() {
            return "toekomst";
        }

        public String invalidTime() {
            return "tijd";
        }

        public String number(int min, int max) {
            return min + "-" + max;
        }
    }

    private static Fields sent(Map<String, List<String>> body) {
        return new Fields(Form.of(body), new Dutch());
    }

    @Test
    void aValidFormIsReadIntoValuesAndKeepsWhatWasTyped() {
        Fields fields = sent(Map.of("name", List.of("  Jansen "), "born", List.of("6-12-1980"), "at", List.of("9:30"),
                "count", List.of("3"), "colour", List.of("GREEN"), "tick", List.of("RED", "GREEN"), "lines",
                List.of("één\n\n twee \n")));

        assertEquals("Jansen", fields.text("name", 20, true));
        assertEquals(LocalDate.of(1980, 12, 6), fields.date("born", true, true));
        assertEquals(LocalTime.of(9, 30), fields.time("at", true));
        assertEquals(3, fields.number("count", 1, 5, true));
        assertEquals(Colour.GREEN, fields.choice("colour", Colour.class, true));
        assertEquals(EnumSet.allOf(Colour.class), fields.choices("tick", Colour.class, true));
        assertEquals(List.of("één", "twee"), fields.lines("lines", 10, 5, true));
        assertNull(fields.text("absent", 10, false));
        assertTrue(fields.ok());
        assertEquals("  Jansen ", fields.form().value("name"));
    }

    @Test
    void eachFaultIsToldNextToItsOwnField() {
        String tomorrow = LocalDate.now().plus(1, ChronoUnit.DAYS).toString();
        Fields fields = sent(Map.of("long", List.of("x".repeat(11)), "born", List.of("31-02-2026"), "future",
                List.of(tomorrow), "at", List.of("25:00"), "count", List.of("9"), "colour", List.of("BLUE"), "tick",
                List.of("RED", "PINK"), "lines", List.of("a\nb\nc")));

        assertNull(fields.text("missing", 10, true));
        assertNull(fields.text("long", 10, true));
        assertNull(fields.date("born", true, false));
        assertNull(fields.date("future", true, true));
        assertNull(fields.time("at", true));
        assertNull(fields.number("count", 1, 5, true));
        assertNull(fields.choice("colour", Colour.class, true));
        assertTrue(fields.choices("tick", Colour.class, false).isEmpty());
        assertTrue(fields.lines("lines", 10, 2, true).isEmpty());
        assertNull(fields.oneOf("org", List.of("POLITIE"), true));

        assertFalse(fields.ok());
        Form form = fields.form();
        assertEquals("Vul dit veld in.", form.error("missing"));
        assertEquals("max 10", form.error("long"));
        assertEquals("datum", form.error("born"));
        assertEquals("toekomst", form.error("future"));
        assertEquals("tijd", form.error("at"));
        assertEquals("1-5", form.error("count"));
        assertEquals("Maak een keuze.", form.error("colour"));
        assertEquals("Maak een keuze.", form.error("tick"));
        assertEquals("regels 2", form.error("lines"));
        assertEquals("Maak een keuze.", form.error("org"));
        assertEquals(10, form.errors().size());
    }

    @Test
    void aCheckBoxIsTickedWhenSentAndNotFalse() {
        Fields fields = sent(Map.of("yes", List.of("on"), "no", List.of("false")));

        assertTrue(fields.checked("yes"));
        assertFalse(fields.checked("no"));
        assertFalse(fields.checked("absent"));
    }
}
