package nl.zvh.trafficking.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the register pages (signals table, awareness sessions); English in messages/trreg_en.properties. */
@MessageBundle("trreg")
public interface TraffickingRegisterMessages {
    @Message("Signalentafel")
    String signalsTable();

    @Message("{count} {#if count == 1}bijeenkomst{#else}bijeenkomsten{/if} van de signalentafel, de nieuwste eerst.")
    String signalsTableCaption(int count);

    @Message("Er zijn nog geen bijeenkomsten van de signalentafel vastgelegd. Leg hieronder de eerste vast.")
    String signalsTableEmpty();

    @Message("Bijeenkomst vastleggen")
    String recordSession();

    @Message("Gehouden op")
    String heldOn();

    @Message("Aanwezigen")
    String attendees();

    @Message("Eén organisatie of naam per regel.")
    String attendeesHint();

    @Message("Besproken meldingen")
    String signalsDiscussed();

    @Message("Aantal besproken meldingen")
    String signalsDiscussedCount();

    @Message("Uitkomsten en vervolg")
    String followUp();

    @Message("Er zijn nog geen meldingen om te bespreken.")
    String noSignalsToDiscuss();

    @Message("De bijeenkomst is vastgelegd.")
    String sessionSaved();

    @Message("Kies alleen meldingen uit de lijst.")
    String errorUnknownSignal();

    @Message("Gebruik hoogstens 30 regels van elk 200 tekens.")
    String errorAttendees();

    @Message("Voorlichtingen")
    String awareness();

    @Message("{count} {#if count == 1}voorlichting{#else}voorlichtingen{/if}, de nieuwste eerst.")
    String awarenessCaption(int count);

    @Message("Er zijn nog geen voorlichtingen vastgelegd. Leg hieronder de eerste vast.")
    String awarenessEmpty();

    @Message("Voorlichting vastleggen")
    String recordAwareness();

    @Message("Doelgroep")
    String audience();

    @Message("Organisatie")
    String organisation();

    @Message("De organisatie die de voorlichting kreeg.")
    String organisationHint();

    @Message("Aantal deelnemers")
    String participants();

    @Message("Onderwerp")
    String topic();

    @Message("De voorlichting is vastgelegd.")
    String awarenessSaved();
}
