package nl.zvh.platform.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormKeepsWhatWasTypedTest {

    @Test
    void valuesAreKeptAndTheFirstMessagePerFieldWinsInFormOrder() {
        Form form = Form.of(Map.of("lastName", List.of("Jansen"), "areas", List.of("DEBTS", "HOUSING")));
        form.reject("bsn", "Het BSN voldoet niet aan de elfproef.").reject("dateOfBirth", "Vul een geboortedatum in.")
                .reject("bsn", "tweede melding");
        assertEquals("Jansen", form.value("lastName"));
        assertTrue(form.has("areas", "HOUSING"));
        assertNull(form.value("missing"));
        assertTrue(form.hasErrors());
        assertEquals(List.of(new Form.FieldError("bsn", "Het BSN voldoet niet aan de elfproef."),
                new Form.FieldError("dateOfBirth", "Vul een geboortedatum in.")), form.errors());
    }

    @Test
    void anEmptyFormHasNoErrors() {
        assertFalse(Form.empty().hasErrors());
        assertEquals(List.of(), Form.empty().values("x"));
    }
}
