package nl.zvh.intake.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the history import page (namespace {@code history}); English in messages/history_en.properties. */
@MessageBundle(value = "history", locale = "nl")
public interface HistoryMessages {

    @Message("Geschiedenis overnemen")
    String menu();

    @Message("Geschiedenis overnemen uit het vorige systeem")
    String title();

    @Message("Neem de aanmeldingen van eerdere jaren over uit het vorige registratiesysteem, met hun oorspronkelijke"
            + " datums en uitkomst. Zo tellen ze mee in de cijfers van hun eigen jaar en kwartaal. Controleer het bestand"
            + " eerst: dan wordt niets opgeslagen en ziet u elke afgekeurde regel met de reden. Bij importeren wordt het"
            + " hele bestand overgenomen of niets; regels die al eerder zijn overgenomen, worden overgeslagen.")
    String intro();

    @Message("Aanmeldingen (CSV)")
    String fileLabel();

    @Message("Kolommen: registratienummer; ingediend; gemeente; melder; domein; probleemgebieden; urgentie; voornaam;"
            + " tussenvoegsel; achternaam; geboortedatum; bsn; uitkomst; besluitdatum; programma.")
    String fileHint();

    @Message("Geïmporteerd: {imported} {#if imported == 1}aanmelding{#else}aanmeldingen{/if} overgenomen, {before} al eerder overgenomen en overgeslagen.")
    String imported(int imported, int before);

    @Message("{#when kind}{#is 'ingediend'}Vul een geldige datum van indienen in (jjjj-mm-dd of dd-mm-jjjj), niet in de toekomst en niet voor 2000.{#is 'besluitdatum'}Vul een geldige besluitdatum in, niet voor de datum van indienen en niet in de toekomst.{#is 'melder'}Vul de organisatie van de melder in (hoogstens 200 tekens).{#is 'domein'}Kies straf, zorg, bestuur, jeugd, wonen of overig.{#is 'probleemgebieden'}Geef ten minste één bekende problematiek (codes gescheiden door |).{#is 'urgentie'}Kies normaal of spoed.{#is 'geboortedatum'}Vul een geldige geboortedatum in, niet in de toekomst.{#is 'uitkomst'}Kies aanpak, advies, geen actie of ingetrokken.{#is 'programma'}Bij een aanpak hoort een programma: coveca, levensloop, re-integratie, mensenhandel of cter.{#else}Deze waarde is niet goed.{/when}")
    String reasonOf(String kind);
}
