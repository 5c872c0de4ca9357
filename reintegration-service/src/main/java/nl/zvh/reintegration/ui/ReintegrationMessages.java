package nl.zvh.reintegration.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** UI texts of the re-integration programme; Dutch by default, English in messages/reint_en.properties. */
@MessageBundle("reint")
public interface ReintegrationMessages {
    @Message("Re-integratie ex-gedetineerden")
    String title();

    @Message("Terug naar het overzicht van programma's")
    String back();

    @Message("Vrijlatingen komende 30 dagen")
    String worklist();

    @Message("Er zijn geen vrijlatingen in de komende 30 dagen.")
    String worklistEmpty();

    @Message("BIJ-meldingen wachtend op de burgemeester")
    String bijAwaiting();

    @Message("Er wachten geen BIJ-meldingen op de burgemeester.")
    String bijEmpty();

    @Message("Persoon")
    String person();

    @Message("Geboortedatum")
    String dateOfBirth();

    @Message("Gemeente van terugkeer")
    String municipality();

    @Message("Inrichting")
    String institution();

    @Message("Verwachte vrijlating")
    String expectedRelease();

    @Message("Open basisvoorwaarden")
    String openConditions();

    @Message("Toestemming")
    String consent();

    @Message("Regisseur")
    String coordinator();

    @Message("Basisvoorwaarden")
    String conditions();

    @Message("Status")
    String status();

    @Message("Verantwoordelijke partner")
    String responsiblePartner();

    @Message("Notities")
    String notes();

    @Message("Opslaan")
    String save();

    @Message("Gereed voor vrijlating")
    String ready();

    @Message("Nog niet gereed voor vrijlating")
    String notReady();

    @Message("Delictcategorie")
    String offenceCategory();

    @Message("Burgemeester geïnformeerd op")
    String mayorNotifiedOn();

    @Message("{#when consent}{#is 'GIVEN'}Gegeven{#is 'REFUSED'}Geweigerd{#else}Niet gevraagd{/when}")
    String consentLabel(String consent);

    @Message("{#when condition}{#is 'VALID_ID'}Geldig identiteitsbewijs{#is 'HOUSING'}Onderdak direct na vrijlating"
            + "{#is 'INCOME_OR_DAYTIME_ACTIVITY'}Inkomen of dagbesteding{#is 'DEBTS'}Schulden"
            + "{#else}Zorg (behoefte, indicatie, zorgverzekering){/when}")
    String conditionLabel(String condition);

    @Message("{#when status}{#is 'IN_ORDER'}Op orde{#is 'ACTION_NEEDED'}Actie nodig{#is 'ARRANGED'}Geregeld"
            + "{#is 'NOT_APPLICABLE'}Niet van toepassing{#else}Onbekend{/when}")
    String statusLabel(String status);

    @Message("{#when category}{#is 'SEXUAL'}Zedendelict{#else}Ernstig geweldsdelict{/when}")
    String categoryLabel(String category);
}
