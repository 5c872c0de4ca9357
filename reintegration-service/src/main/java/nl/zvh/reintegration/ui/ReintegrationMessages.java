package nl.zvh.reintegration.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * UI texts of the re-integration programme; Dutch by default, English in messages/reint_en.properties. Codes (basic
 * conditions, statuses, consent, offence categories) are read through META-INF/zvh/labels_*.properties instead.
 */
@MessageBundle("reint")
public interface ReintegrationMessages {
    @Message("Vrijlatingen komende 30 dagen")
    String worklist();

    @Message("{count} {#if count == 1}traject{#else}trajecten{/if}: vrijlatingen in de komende 30 dagen en trajecten"
            + " waarvan de vrijlatingsdatum nog niet bekend is; trajecten met open basisvoorwaarden staan bovenaan.")
    String worklistCaption(long count);

    @Message("Er zijn geen vrijlatingen in de komende 30 dagen en geen trajecten zonder bekende vrijlatingsdatum."
            + " Trajecten ontstaan vanzelf uit meldingen van DJI en besluiten van het triageoverleg; een traject staat"
            + " hier zolang de vrijlatingsdatum niet bekend is en zodra de vrijlating binnen 30 dagen valt.")
    String worklistEmpty();

    @Message("BIJ-meldingen")
    String bijMenu();

    @Message("BIJ-meldingen wachtend op de burgemeester")
    String bijAwaiting();

    @Message("{count} {#if count == 1}BIJ-melding wacht{#else}BIJ-meldingen wachten{/if} op het oordeel van de"
            + " burgemeester.")
    String bijCaption(long count);

    @Message("Er wachten geen BIJ-meldingen op de burgemeester. Een BIJ-melding die aan de burgemeester is gemeld,"
            + " staat hier tot de burgemeester haar heeft beoordeeld.")
    String bijEmpty();

    @Message("Bekijk de vrijlatingen van de komende 30 dagen")
    String toWorklist();

    @Message("Persoon")
    String person();

    @Message("Geboortedatum")
    String dateOfBirth();

    @Message("Gemeente van terugkeer")
    String municipality();

    @Message("Inrichting")
    String institution();

    @Message("In detentie sinds")
    String detentionDate();

    @Message("Verwachte vrijlating")
    String expectedRelease();

    @Message("Vrijgelaten op")
    String actualRelease();

    @Message("Aangemeld via")
    String source();

    @Message("Open basisvoorwaarden")
    String openConditions();

    @Message("{open} van de 5")
    String openOfFive(long open);

    @Message("Toestemming")
    String consent();

    @Message("{consent} op {date}")
    String consentOn(String consent, String date);

    @Message("Regisseur")
    String coordinator();

    @Message("Nog niet vastgelegd")
    String coordinatorNone();

    @Message("Re-integratiecoördinator (naam niet vastgelegd)")
    String coordinatorUnnamed();

    @Message("Niet bekend")
    String notKnown();

    @Message("Traject")
    String trackTitle();

    @Message("Traject van {name}")
    String trackHeading(String name);

    @Message("Gegevens van de detentie")
    String detention();

    @Message("Basisvoorwaarden")
    String conditions();

    @Message("Zonder toestemming van de betrokkene mag u de basisvoorwaarden niet bij partners nagaan: alleen"
            + " ‘Onbekend’ kan dan worden opgeslagen. Leg eerst hieronder de toestemming vast.")
    String conditionsNeedConsent();

    @Message("Huidige status")
    String currentStatus();

    @Message("laatst gewijzigd op {time}")
    String updatedAt(String time);

    @Message("Status")
    String status();

    @Message("Verantwoordelijke partner")
    String responsiblePartner();

    @Message("Bijvoorbeeld de gemeente, woningcorporatie of zorgaanbieder die dit regelt.")
    String responsiblePartnerHint();

    @Message("Notities")
    String notes();

    @Message("Opslaan")
    String save();

    @Message("Gereed voor vrijlating")
    String ready();

    @Message("Nog niet gereed voor vrijlating")
    String notReady();

    @Message("{open} van de 5 basisvoorwaarden {#if open == 1}is{#else}zijn{/if} nog open.")
    String readinessOpen(long open);

    @Message("{condition}: {status} is opgeslagen.")
    String conditionSaved(String condition, String status);

    @Message("Toestemming vastleggen")
    String consentForm();

    @Message("Toestemming van de betrokkene")
    String consentField();

    @Message("Mogen partners over deze persoon worden bevraagd om de basisvoorwaarden na te gaan?")
    String consentHint();

    @Message("Datum van toestemming of weigering")
    String consentDate();

    @Message("Niet nodig als de toestemming (nog) niet is gevraagd.")
    String consentDateHint();

    @Message("Toestemming opslaan")
    String saveConsent();

    @Message("De toestemming is opgeslagen.")
    String consentSaved();

    @Message("Delictcategorie")
    String offenceCategory();

    @Message("Burgemeester geïnformeerd op")
    String mayorNotifiedOn();

    @Message("Kies de status van deze basisvoorwaarde.")
    String errorStatusRequired();

    @Message("Zonder toestemming van de betrokkene kunt u alleen ‘Onbekend’ kiezen (de toestemming is nu: {consent})."
            + " Leg eerst de toestemming vast.")
    String errorNeedsConsent(String consent);

    @Message("Opslaan is niet gelukt. Controleer de invoer en probeer het opnieuw.")
    String errorNotSaved();

    @Message("Kies of de betrokkene toestemming heeft gegeven.")
    String errorConsentRequired();

    @Message("Vul de datum in waarop de betrokkene toestemming gaf of weigerde.")
    String errorConsentDateRequired();

}
