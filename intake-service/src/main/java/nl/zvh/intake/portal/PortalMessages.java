package nl.zvh.intake.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** UI texts of the partner portal; Dutch by default, English in messages/portal_en.properties. */
@MessageBundle("portal")
public interface PortalMessages {
    @Message("Aanmeldingen")
    String title();

    @Message("Aanmeldingen van {organisation}")
    String heading(String organisation);

    @Message("Aanmeldingen van het huis")
    String headingHouse();

    @Message("Nog geen aanmeldingen.")
    String empty();

    @Message("Persoon")
    String person();

    @Message("Gemeente")
    String municipality();

    @Message("Status")
    String status();

    @Message("Ingediend")
    String submitted();

    @Message("Uitkomst")
    String outcome();

    @Message("Terug naar het overzicht van programma's")
    String back();

    @Message("{#when status}{#is 'DRAFT'}Concept{#is 'SUBMITTED'}Ingediend{#is 'ON_AGENDA'}Geagendeerd{#is 'DECIDED'}Besloten{#is 'CLOSED'}Afgesloten{#is 'WITHDRAWN'}Ingetrokken{/when}")
    String statusLabel(String status);
}
