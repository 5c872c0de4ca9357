package nl.zvh.platform.ui.history;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The shared texts of every history page, in English. */
@Localized("en")
public interface UploadMessagesEnglish extends UploadMessages {

    @Override
    @Message("Download a sample file")
    String sample();

    @Override
    @Message("Check the file")
    String dryRun();

    @Override
    @Message("Import")
    String doImport();

    @Override
    @Message("Check: {rows} {#if rows == 1}row{#else}rows{/if} read, {toImport} new to take over, {before} taken over before.")
    String checked(int rows, int toImport, int before);

    @Override
    @Message("Check: {count} {#if count == 1}row was{#else}rows were{/if} rejected. Correct the file and check again.")
    String checkedRejected(int count);

    @Override
    @Message("Nothing imported: {count} {#if count == 1}row was{#else}rows were{/if} rejected.")
    String importRefused(int count);

    @Override
    @Message("Rejected rows")
    String rejectedHeading();

    @Override
    @Message("Row")
    String row();

    @Override
    @Message("Column")
    String column();

    @Override
    @Message("Reason")
    String reason();

    @Override
    @Message("The file")
    String wholeFile();

    @Override
    @Message("{#when kind}{#is 'registratienummer'}Fill in a unique registration number (at most 100 characters).{#is 'duplicate'}This registration number occurs twice in the file.{#is 'gemeente'}Not a municipality of this house.{#is 'gemeente-required'}Fill in the municipality (at most 100 characters).{#is 'voornaam'}Fill in the first name.{#is 'tussenvoegsel'}The surname prefix is too long.{#is 'achternaam'}Fill in the surname.{#is 'bsn'}Not a valid BSN: nine digits passing the eleven test.{#is 'missing'}A required column is missing.{#is 'empty'}The file is empty or has no rows.{#is 'large'}The file is too large.{#else}This value is not right.{/when}")
    String reasonOf(String kind);
}
