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

    @Message("Voorbeeldbestand downloaden")
    String sample();

    @Message("Bestand controleren")
    String dryRun();

    @Message("Importeren")
    String doImport();

    @Message("Controle: {rows} {#if rows == 1}regel{#else}regels{/if} gelezen, {toImport} nieuw over te nemen, {before} al eerder overgenomen.")
    String checked(int rows, int toImport, int before);

    @Message("Controle: {count} {#if count == 1}regel is{#else}regels zijn{/if} afgekeurd. Verbeter het bestand en controleer opnieuw.")
    String checkedRejected(int count);

    @Message("Geïmporteerd: {imported} {#if imported == 1}casus{#else}casussen{/if} overgenomen, {before} al eerder overgenomen en overgeslagen.")
    String imported(int imported, int before);

    @Message("Niets geïmporteerd: {count} {#if count == 1}regel is{#else}regels zijn{/if} afgekeurd.")
    String importRefused(int count);

    @Message("Afgekeurde regels")
    String rejectedHeading();

    @Message("Regel")
    String row();

    @Message("Kolom")
    String column();

    @Message("Reden")
    String reason();

    @Message("Het bestand")
    String wholeFile();

    @Message("{#when kind}{#is 'registratienummer'}Vul een uniek registratienummer in (hoogstens 100 tekens).{#is 'duplicate'}Dit registratienummer staat twee keer in het bestand.{#is 'gestart'}Vul een geldige startdatum in (jjjj-mm-dd of dd-mm-jjjj), niet in de toekomst en niet voor 2000.{#is 'gesloten'}Vul een geldige einddatum in, niet voor de startdatum en niet in de toekomst, of laat hem leeg voor een lopende casus.{#is 'reden'}Bij een gesloten casus hoort een reden: stabiel, afgeschaald naar reguliere zorg, verhuisd, gedetineerd, overleden of administratief; een lopende casus heeft geen reden.{#is 'gemeente'}Geen gemeente van dit huis.{#is 'intensiteit'}Kies maatwerk of pga.{#is 'voornaam'}Vul de voornaam in.{#is 'tussenvoegsel'}Het tussenvoegsel is te lang.{#is 'achternaam'}Vul de achternaam in.{#is 'geboortedatum'}Vul een geldige geboortedatum in, niet in de toekomst en niet na de startdatum.{#is 'bsn'}Geen geldig BSN: negen cijfers die de elfproef doorstaan.{#is 'missing'}Een verplichte kolom ontbreekt.{#is 'empty'}Het bestand is leeg of heeft geen regels.{#is 'large'}Het bestand is te groot.{#else}Deze waarde is niet goed.{/when}")
    String reasonOf(String kind);
}
