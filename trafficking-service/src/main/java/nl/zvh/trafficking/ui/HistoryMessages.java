package nl.zvh.trafficking.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the history import page (namespace {@code history}); Dutch by default, English in messages/history_en.properties. */
@MessageBundle("history")
public interface HistoryMessages {

    @Message("Geschiedenis overnemen")
    String menu();

    @Message("Mensenhandelsignalen overnemen uit het vorige systeem")
    String title();

    @Message("Neem de signalen van eerdere jaren over uit het vorige registratiesysteem, met hun oorspronkelijke"
            + " datum van ontvangst, signaalgever, vorm van uitbuiting en uitkomst. Zo tellen ze mee in de cijfers"
            + " van hun eigen jaar. Er wordt geen procesregie gestart en niemand krijgt een taak of melding. Controleer"
            + " het bestand eerst: dan wordt niets opgeslagen en ziet u elke afgekeurde regel met de reden. Bij"
            + " importeren wordt het hele bestand overgenomen of niets; regels die al eerder zijn overgenomen, worden"
            + " overgeslagen.")
    String intro();

    @Message("Signalen (CSV)")
    String fileLabel();

    @Message("Kolommen: registratienummer; ontvangen; signaalgever; vorm; uitkomst; afgehandeld; gemeente; voornaam;"
            + " tussenvoegsel; achternaam; geboortedatum; bsn.")
    String fileHint();

    @Message("Geïmporteerd: {imported} {#if imported == 1}signaal{#else}signalen{/if} overgenomen, {before} al eerder overgenomen en overgeslagen.")
    String imported(int imported, int before);

    @Message("{#when kind}{#is 'ontvangen'}Vul een geldige datum van ontvangst in (jjjj-mm-dd of dd-mm-jjjj), niet in de toekomst en niet voor 2000.{#is 'signaalgever'}Vul de signaalgever in: politie, arbeidsinspectie, gemeente, zorgaanbieder of de naam van een andere organisatie (ten hoogste 200 tekens).{#is 'vorm'}Kies de vorm van uitbuiting: seksueel, arbeid, crimineel, bedelarij, organen of onduidelijk; meerdere met + ertussen, elk één keer.{#is 'uitkomst'}Kies advies of procesregie, of laat de uitkomst leeg voor een signaal zonder besluit.{#is 'afgehandeld'}Bij een uitkomst hoort de datum waarop die is genomen, niet voor de datum van ontvangst en niet in de toekomst; zonder uitkomst blijft deze leeg.{#is 'geboortedatum'}Vul een geldige geboortedatum in, niet in de toekomst en niet na de datum van ontvangst, of laat hem leeg.{#else}Deze waarde is niet goed.{/when}")
    String reasonOf(String kind);
}
