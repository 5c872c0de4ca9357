package nl.zvh.platform.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmxNoticeIsAsciiJsonTest {

    @Test
    void dutchTextAndQuotesSurviveTheLatin1Header() {
        assertEquals("{\"zvhNotice\":\"Opvang \\u2018COSM\\u2019: \\\"geweigerd\\\" \\u00e9\"}",
                HtmxNotice.of("Opvang ‘COSM’: \"geweigerd\" é"));
    }
}
