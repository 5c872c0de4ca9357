package nl.zvh.trafficking.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * UI texts of the trafficking programme; Dutch by default, English in messages/traff_en.properties. Codes
 * (exploitation types, sources, outcomes, statuses) are read through META-INF/zvh/labels_*.properties instead.
 */
@MessageBundle("traff")
public interface TraffickingMessages {
    @Message("Meldingen")
    String inbox();

    @Message("{count} {#if count == 1}melding{#else}meldingen{/if}, de nieuwste eerst.")
    String inboxCaption(long count);

    @Message("Er zijn nog geen meldingen. Meldingen komen binnen van partners, zoals de politie (AVIM) en de"
            + " Arbeidsinspectie, en uit besluiten van het triageoverleg; zodra er een binnenkomt, staat die hier.")
    String inboxEmpty();

    @Message("Openstaande opvangverzoeken")
    String openShelters();

    @Message("{count} {#if count == 1}opvangverzoek wacht{#else}opvangverzoeken wachten{/if} op het antwoord van de"
            + " opvang, het oudste eerst.")
    String openSheltersCaption(long count);

    @Message("Er staan geen opvangverzoeken open. Een opvangverzoek van een lopende aanpak staat hier tot de opvang"
            + " heeft geantwoord.")
    String openSheltersEmpty();

    @Message("Naar de meldingen")
    String toInbox();

    @Message("Ontvangen op")
    String receivedOn();

    @Message("Bron")
    String source();

    @Message("Vermoedelijk slachtoffer")
    String victim();

    @Message("Naam onbekend")
    String nameUnknown();

    @Message("Minderjarig")
    String minor();

    @Message("Gemeente")
    String municipality();

    @Message("Uitbuitingsvorm")
    String types();

    @Message("Uitkomst")
    String outcome();

    @Message("Nog te beoordelen")
    String outcomeNone();

    @Message("voor {name}")
    String forVictim(String name);

    @Message("Aanpak")
    String approachTitle();

    @Message("Aanpak voor {name}")
    String approachHeading(String name);

    @Message("Gegevens van de aanpak")
    String approachDetails();

    @Message("Status")
    String status();

    @Message("Gestart op")
    String startedOn();

    @Message("Afgesloten op")
    String closedOn();

    @Message("Reden van afsluiten")
    String closureReason();

    @Message("Toelichting")
    String closureNotes();

    @Message("Zorgroute")
    String careRoute();

    @Message("Veiligheidsmaatregelen")
    String safetyMeasures();

    @Message("Rechtsbijstand")
    String legalAid();

    @Message("Medische zorg")
    String medicalCare();

    @Message("Bedenktijd")
    String reflectionPeriod();

    @Message("{from} tot en met {to}")
    String fromTo(String from, String to);

    @Message("vanaf {from}")
    String from(String from);

    @Message("Verblijfsprocedure")
    String residenceProcedure();

    @Message("Verblijfsaanvraag ingediend op")
    String residenceAppliedOn();

    @Message("Besluit op de verblijfsaanvraag op")
    String residenceDecidedOn();

    @Message("Niet vastgelegd")
    String notRecorded();

    @Message("Opvangverzoeken")
    String shelterRequests();

    @Message("Voor deze aanpak zijn nog geen opvangverzoeken vastgelegd.")
    String shelterRequestsEmpty();

    @Message("Opvang")
    String shelter();

    @Message("Categorale opvang")
    String categorical();

    @Message("Gevraagd op")
    String askedOn();

    @Message("Antwoord van de opvang")
    String answer();

    @Message("Antwoord van {shelter}")
    String answerOf(String shelter);

    @Message("Reden van weigering door {shelter}")
    String refusalReasonOf(String shelter);

    @Message("op {date}")
    String on(String date);

    @Message("reden: {reason}")
    String reason(String reason);

    @Message("Antwoord vastleggen")
    String saveAnswer();

    @Message("Ja, antwoord vastleggen")
    String confirmAnswer();

    @Message("Het antwoord van de opvang kan daarna niet meer worden gewijzigd.")
    String confirmAnswerText();

    @Message("Verplicht als de opvang weigert.")
    String refusalReasonHint();

    @Message("Opvangverzoek bij {shelter}: {status}.")
    String shelterSaved(String shelter, String status);

    @Message("Afspraken")
    String agreements();

    @Message("Voor deze aanpak zijn nog geen afspraken vastgelegd.")
    String agreementsEmpty();

    @Message("Afspraak")
    String agreement();

    @Message("Eigenaar")
    String owner();

    @Message("Uiterlijk")
    String dueDate();

    @Message("Ja")
    String yes();

    @Message("Nee")
    String no();

    @Message("Onbekend")
    String unknown();

    @Message("Kies of de opvang de persoon heeft geplaatst of geweigerd.")
    String errorAnswerRequired();

    @Message("Kies ‘Geplaatst’ of ‘Geweigerd’.")
    String errorAnswerInvalid();

    @Message("Vul in waarom de opvang de persoon weigerde.")
    String errorRefusalReasonRequired();

    @Message("Dit opvangverzoek is al beantwoord (nu: {status}). Laad de pagina opnieuw.")
    String errorAlreadyAnswered(String status);

    @Message("Deze aanpak is afgesloten; opvangverzoeken kunnen niet meer worden beantwoord.")
    String errorApproachClosed();

    @Message("De datum van plaatsing ligt voor de datum van het verzoek.")
    String errorPlacedBeforeRequest();

    @Message("Opslaan is niet gelukt. Controleer de invoer en probeer het opnieuw.")
    String errorNotSaved();
}
