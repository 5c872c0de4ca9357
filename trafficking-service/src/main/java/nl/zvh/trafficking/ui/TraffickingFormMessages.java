package nl.zvh.trafficking.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the signal forms and pages (the inbox filters, registering a signal, the signal page and the decision)
 * and the refusals every form shows next to its fields; Dutch by default, English in messages/trform_en.properties.
 */
@MessageBundle("trform")
public interface TraffickingFormMessages {

    @Message("Dit is intussen al vastgelegd of afgesloten. Laad de pagina opnieuw.")
    String errorConflict();

    @Message("Opslaan is niet gelukt. Controleer de invoer en probeer het opnieuw.")
    String errorNotSaved();

    @Message("Kies een gemeente van dit Zorg- en Veiligheidshuis.")
    String errorMunicipality();

    @Message("Kies de belangrijkste uitbuitingsvorm als u er meer dan één aankruist; het moet een van de aangekruiste"
            + " vormen zijn.")
    String errorPrimary();

    @Message("Vul de naam van de bron in als de bron ‘Anders’ is.")
    String errorSourceName();

    @Message("De geboortedatum ligt na de datum waarop de melding binnenkwam.")
    String errorBirthAfterSignal();

    @Message("Vul het advies in als de uitkomst ‘Advies’ is.")
    String errorAdvice();

    @Message("Filter de meldingen")
    String filterLegend();

    @Message("Alle")
    String all();

    @Message("Binnengekomen via")
    String channel();

    @Message("Filteren")
    String filter();

    @Message("Filters wissen")
    String clearFilters();

    @Message("Geen meldingen die aan deze filters voldoen.")
    String noneFiltered();

    @Message("Melding vastleggen")
    String newSignal();

    @Message("Nieuwe melding")
    String newSignalTitle();

    @Message("Bron")
    String sourceType();

    @Message("Naam van de bron")
    String sourceName();

    @Message("Bijvoorbeeld de eenheid of de organisatie; verplicht als de bron ‘Anders’ is.")
    String sourceNameHint();

    @Message("Ontvangen op")
    String receivedOn();

    @Message("Leeg laten voor vandaag.")
    String receivedOnHint();

    @Message("Vermoedelijk slachtoffer")
    String victimLegend();

    @Message("Voornaam")
    String firstName();

    @Message("Achternaam")
    String lastName();

    @Message("Geboortedatum")
    String dateOfBirth();

    @Message("Geschatte leeftijd")
    String estimatedAge();

    @Message("Als de geboortedatum niet bekend is.")
    String estimatedAgeHint();

    @Message("Nationaliteit")
    String nationality();

    @Message("Uitbuitingsvormen")
    String exploitationTypes();

    @Message("Belangrijkste uitbuitingsvorm")
    String primaryType();

    @Message("Verplicht als u meer dan één vorm aankruist.")
    String primaryTypeHint();

    @Message("Geen keuze")
    String noChoice();

    @Message("Verblijfsstatus")
    String residenceStatus();

    @Message("Gemeente")
    String municipality();

    @Message("Indicatoren")
    String indicators();

    @Message("Eén indicator per regel.")
    String indicatorsHint();

    @Message("Omschrijving")
    String description();

    @Message("Melding")
    String signalTitle();

    @Message("Melding over {name}")
    String signalHeading(String name);

    @Message("De melding is vastgelegd.")
    String signalSaved();

    @Message("Gegevens van de melding")
    String signalDetails();

    @Message("Andere betrokkenen")
    String otherPersons();

    @Message("Landelijke registratie (CoMensha)")
    String nationalRegistration();

    @Message("Gemeld op {date} door {organisation}")
    String reportedOnBy(String date, String organisation);

    @Message("Nog niet gemeld")
    String notReported();

    @Message("Besluit")
    String decision();

    @Message("Uitkomst")
    String outcome();

    @Message("Advies")
    String advice();

    @Message("Het advies aan de melder of de partner; verplicht bij ‘Advies’.")
    String adviceHint();

    @Message("Onderbouwing")
    String rationale();

    @Message("Waarom advies of een gecoördineerde aanpak.")
    String rationaleHint();

    @Message("Besluit vastleggen")
    String saveDecision();

    @Message("Ja, besluit vastleggen")
    String confirmDecision();

    @Message("Een besluit op een melding kan daarna niet meer worden gewijzigd.")
    String confirmDecisionText();

    @Message("Besloten op")
    String decidedOn();

    @Message("Het besluit is vastgelegd: advies.")
    String adviceSaved();

    @Message("Naar de aanpak")
    String toApproach();

    @Message("Ja")
    String yes();

    @Message("Nee")
    String no();
}
