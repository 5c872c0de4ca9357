package nl.zvh.triage.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * UI texts of the national familiarity check on a referral's file (namespace {@code national}); Dutch by default,
 * English in {@code messages/national_en.properties}.
 */
@MessageBundle(value = "national", locale = "nl")
public interface NationalMessages {

    @Message("Bekend bij andere Zorg- en Veiligheidshuizen")
    String heading();

    @Message("Vraag na of de personen van deze melding bekend zijn bij een ander Zorg- en Veiligheidshuis. U ziet alleen"
            + " welk huis hen kent en sinds wanneer, geen inhoud. BSN en namen worden niet gedeeld: het huis vergelijkt"
            + " versleutelde kenmerken. De vraag wordt bij beide huizen vastgelegd.")
    String intro();

    @Message("Vraag landelijk na")
    String ask();

    @Message("Dit kan zodra de melding op de agenda van een triagezitting staat.")
    String notOnAgenda();

    @Message("Nog niet nagevraagd.")
    String notAskedYet();

    @Message("Nagevraagd op {askedAt}")
    String askedOn(String askedAt);

    @Message("Niet bekend bij een ander huis.")
    String notKnown();

    @Message("Bekend bij {house} sinds {since}")
    String knownAt(String house, String since);

    @Message("herkend aan het BSN")
    String onBsn();

    @Message("herkend aan voorletter, achternaam en geboortedatum: controleer bij het huis of het om dezelfde persoon gaat")
    String onName();

    @Message("Contact: {contact}")
    String contact(String contact);

    @Message("Landelijk nagevraagd: {count} {#if count == 1}persoon is{#else}personen zijn{/if} bekend bij een ander huis.")
    String asked(int count);

    @Message("Landelijk nagevraagd: geen van de personen is bekend bij een ander huis.")
    String askedNoneKnown();

    @Message("Landelijk navragen kan pas als de melding op de agenda van een triagezitting staat.")
    String refusedNotOnAgenda();
}
