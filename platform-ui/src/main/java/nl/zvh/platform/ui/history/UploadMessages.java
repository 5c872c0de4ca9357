package nl.zvh.platform.ui.history;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The shared texts of every history page (namespace {@code upload}), in Dutch; English in {@link UploadMessagesEnglish}. */
@MessageBundle(value = "upload", locale = "nl")
public interface UploadMessages {

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

    @Message("{#when kind}{#is 'registratienummer'}Vul een uniek registratienummer in (hoogstens 100 tekens).{#is 'duplicate'}Dit registratienummer staat twee keer in het bestand.{#is 'gemeente'}Geen gemeente van dit huis.{#is 'gemeente-required'}Vul de gemeente in (hoogstens 100 tekens).{#is 'voornaam'}Vul de voornaam in.{#is 'tussenvoegsel'}Het tussenvoegsel is te lang.{#is 'achternaam'}Vul de achternaam in.{#is 'bsn'}Geen geldig BSN: negen cijfers die de elfproef doorstaan.{#is 'missing'}Een verplichte kolom ontbreekt.{#is 'empty'}Het bestand is leeg of heeft geen regels.{#is 'large'}Het bestand is te groot.{#else}Deze waarde is niet goed.{/when}")
    String reasonOf(String kind);
}
