package nl.zvh.reintegration.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the history import page (namespace {@code history}); Dutch by default, English in messages/history_en.properties. */
@MessageBundle("history")
public interface HistoryMessages {

    @Message("Geschiedenis overnemen")
    String menu();

    @Message("DJI-detenties en vrijlatingen overnemen uit het vorige systeem")
    String title();

    @Message("Neem de detenties en vrijlatingen van eerdere jaren over uit het vorige registratiesysteem, met hun"
            + " oorspronkelijke detentie- en vrijlatingsdatum. Zo tellen ze mee in de cijfers van hun eigen jaar. Een"
            + " vrijgelaten persoon krijgt een afgesloten traject en komt niet op de werklijst; een detentie zonder"
            + " vrijlatingsdatum loopt nog en wordt een open traject. Controleer het bestand eerst: dan wordt niets"
            + " opgeslagen en ziet u elke afgekeurde regel met de reden. Bij importeren wordt het hele bestand"
            + " overgenomen of niets; regels die al eerder zijn overgenomen, worden overgeslagen.")
    String intro();

    @Message("Detenties (CSV)")
    String fileLabel();

    @Message("Kolommen: registratienummer; gedetineerd; inrichting; verwachte_vrijlating; vrijgelaten; gemeente;"
            + " voornaam; tussenvoegsel; achternaam; geboortedatum; bsn; dji_nummer.")
    String fileHint();

    @Message("Geïmporteerd: {imported} {#if imported == 1}detentie{#else}detenties{/if} overgenomen, {before} al eerder overgenomen en overgeslagen.")
    String imported(int imported, int before);

    @Message("{#when kind}{#is 'gedetineerd'}Vul een geldige detentiedatum in (jjjj-mm-dd of dd-mm-jjjj), niet in de toekomst en niet voor 2000.{#is 'inrichting'}Vul de inrichting in (hoogstens 200 tekens).{#is 'verwachte_vrijlating'}Vul een geldige verwachte vrijlatingsdatum in, niet voor de detentiedatum, of laat hem leeg.{#is 'vrijgelaten'}Vul een geldige vrijlatingsdatum in, niet voor de detentiedatum en niet in de toekomst, of laat hem leeg als de persoon nog gedetineerd is.{#is 'geboortedatum'}Vul een geldige geboortedatum in, niet in de toekomst en niet na de detentiedatum.{#is 'dji_nummer'}Het DJI-nummer is te lang (hoogstens 50 tekens).{#else}Deze waarde is niet goed.{/when}")
    String reasonOf(String kind);
}
