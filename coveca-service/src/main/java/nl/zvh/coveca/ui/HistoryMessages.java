package nl.zvh.coveca.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the history import page (namespace {@code history}); Dutch by default, English in messages/history_en.properties. */
@MessageBundle("history")
public interface HistoryMessages {

    @Message("Geschiedenis overnemen")
    String menu();

    @Message("Casussen overnemen uit het vorige systeem")
    String title();

    @Message("Neem de casussen van eerdere jaren over uit het vorige registratiesysteem, met hun oorspronkelijke"
            + " start- en einddatum en reden van afsluiten. Zo tellen ze mee in de cijfers van hun eigen jaar en"
            + " kwartaal, ook in de aantallen actief op 1 januari en 31 december. Controleer het bestand eerst: dan"
            + " wordt niets opgeslagen en ziet u elke afgekeurde regel met de reden. Bij importeren wordt het hele"
            + " bestand overgenomen of niets; regels die al eerder zijn overgenomen, worden overgeslagen.")
    String intro();

    @Message("Casussen (CSV)")
    String fileLabel();

    @Message("Kolommen: registratienummer; gestart; gesloten; reden; gemeente; intensiteit; voornaam; tussenvoegsel;"
            + " achternaam; geboortedatum; bsn.")
    String fileHint();

    @Message("Geïmporteerd: {imported} {#if imported == 1}casus{#else}casussen{/if} overgenomen, {before} al eerder overgenomen en overgeslagen.")
    String imported(int imported, int before);

    @Message("{#when kind}{#is 'gestart'}Vul een geldige startdatum in (jjjj-mm-dd of dd-mm-jjjj), niet in de toekomst en niet voor 2000.{#is 'gesloten'}Vul een geldige einddatum in, niet voor de startdatum en niet in de toekomst, of laat hem leeg voor een lopende casus.{#is 'reden'}Bij een gesloten casus hoort een reden: stabiel, afgeschaald naar reguliere zorg, verhuisd, gedetineerd, overleden of administratief; een lopende casus heeft geen reden.{#is 'intensiteit'}Kies maatwerk of pga.{#is 'geboortedatum'}Vul een geldige geboortedatum in, niet in de toekomst en niet na de startdatum.{#else}Deze waarde is niet goed.{/when}")
    String reasonOf(String kind);
}
