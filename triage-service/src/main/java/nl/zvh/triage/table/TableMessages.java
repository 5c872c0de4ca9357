package nl.zvh.triage.table;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** UI texts of the triage table; Dutch by default, English in messages/table_en.properties. */
@MessageBundle("table")
public interface TableMessages {
    @Message("Triage")
    String title();

    @Message("Nog niet getrieerde aanmeldingen")
    String heading();

    @Message("Er wachten geen aanmeldingen.")
    String empty();

    @Message("Persoon")
    String person();

    @Message("Geboortedatum")
    String dateOfBirth();

    @Message("Gemeente")
    String municipality();

    @Message("Urgentie")
    String urgency();

    @Message("Melder")
    String referrer();

    @Message("Ingediend")
    String submitted();

    @Message("Terug naar het overzicht van programma's")
    String back();

    @Message("{#when urgency}{#is 'CRISIS'}Crisis{#is 'URGENT'}Spoed{#else}Regulier{/when}")
    String urgencyLabel(String urgency);
}
