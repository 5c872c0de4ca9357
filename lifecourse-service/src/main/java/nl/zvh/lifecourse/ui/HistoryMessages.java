package nl.zvh.lifecourse.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the history import page (namespace {@code history}); Dutch by default, English in messages/history_en.properties. */
@MessageBundle("history")
public interface HistoryMessages {

    @Message("Geschiedenis overnemen")
    String menu();

    @Message("Levensloopcliënten overnemen uit het vorige systeem")
    String title();

    @Message("Neem de levensloopcliënten van eerdere jaren over uit het vorige registratiesysteem, met hun"
            + " oorspronkelijke startdatum van de aanpak en, als de aanpak is afgesloten, de einddatum en reden. Zo tellen"
            + " ze mee in de cijfers en cohorten van hun eigen jaar. Een lopende cliënt komt op de lijst van het huis"
            + " zonder casemanager; de coördinator wijst er een toe. Controleer het bestand eerst: dan wordt niets"
            + " opgeslagen en ziet u elke afgekeurde regel met de reden. Bij importeren wordt het hele bestand"
            + " overgenomen of niets; regels die al eerder zijn overgenomen, worden overgeslagen.")
    String intro();

    @Message("Levensloopcliënten (CSV)")
    String fileLabel();

    @Message("Kolommen: registratienummer; gestart; gesloten; reden; gemeente; voornaam; tussenvoegsel; achternaam;"
            + " geboortedatum. Een BSN wordt niet overgenomen.")
    String fileHint();

    @Message("Geïmporteerd: {imported} {#if imported == 1}cliënt{#else}cliënten{/if} overgenomen, {before} al eerder overgenomen en overgeslagen.")
    String imported(int imported, int before);

    @Message("{#when kind}{#is 'gestart'}Vul een geldige startdatum van de aanpak in (jjjj-mm-dd of dd-mm-jjjj), niet in de toekomst en niet voor 2000.{#is 'gesloten'}Vul een geldige einddatum in, niet voor de startdatum en niet in de toekomst, of laat hem leeg voor een lopende cliënt.{#is 'reden'}Bij een afgesloten cliënt hoort een reden: stabiel, verhuisd, gedetineerd, overleden of anders; een lopende cliënt heeft geen reden.{#is 'geboortedatum'}Vul een geldige geboortedatum in, niet in de toekomst en niet na de startdatum.{#else}Deze waarde is niet goed.{/when}")
    String reasonOf(String kind);
}
