package nl.zvh.platform.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageFollowsTheChoiceThenTheBrowserTest {

    @Test
    void dutchIsTheDefault() {
        assertEquals("nl", UiLanguage.fromAcceptLanguage(null).getLanguage());
        assertEquals("nl", UiLanguage.fromAcceptLanguage("").getLanguage());
        assertEquals("nl", UiLanguage.fromAcceptLanguage("de-DE,fr;q=0.8").getLanguage());
        assertEquals("nl", UiLanguage.fromAcceptLanguage("this is ;; not a header").getLanguage());
    }

    @Test
    void theFirstOfDutchOrEnglishTheBrowserAsksForWins() {
        assertEquals("en", UiLanguage.fromAcceptLanguage("en-GB,en;q=0.9,nl;q=0.5").getLanguage());
        assertEquals("nl", UiLanguage.fromAcceptLanguage("nl-NL,nl;q=0.9,en;q=0.5").getLanguage());
        assertEquals("en", UiLanguage.fromAcceptLanguage("de;q=0.9,en;q=0.8").getLanguage());
    }

    @Test
    void onlyEnglishIsReadAsEnglishFromAChoice() {
        assertEquals("en", UiLanguage.parse("EN").getLanguage());
        assertEquals("nl", UiLanguage.parse("fr").getLanguage());
        assertEquals("nl", UiLanguage.parse(null).getLanguage());
    }
}
