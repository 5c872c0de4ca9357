package nl.zvh.trafficking.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the approach page's forms (care route steps, shelter requests, safety measures and care route, the
 * CoMensha registration, closure); Dutch by default, English in messages/trappr_en.properties.
 */
@MessageBundle("trappr")
public interface TraffickingApproachMessages {
    @Message("De gecoördineerde aanpak is gestart.")
    String started();

    @Message("Opgeslagen.")
    String saved();

    @Message("Stappen van de zorgroute")
    String steps();

    @Message("Stap toevoegen")
    String addStep();

    @Message("Stap")
    String step();

    @Message("Eigenaar")
    String owner();

    @Message("De organisatie die de stap zet.")
    String ownerHint();

    @Message("Uiterlijk")
    String dueDate();

    @Message("Gedaan")
    String markDone();

    @Message("Opvang aanvragen")
    String requestShelter();

    @Message("Naam van de opvang")
    String shelterName();

    @Message("Categorale opvang (COSM)")
    String categorical();

    @Message("Gevraagd op")
    String askedOn();

    @Message("Leeg laten voor vandaag.")
    String todayHint();

    @Message("Veiligheid en zorgroute vastleggen")
    String saveCareRoute();

    @Message("Veiligheidsmaatregelen")
    String safetyMeasures();

    @Message("Rechtsbijstand")
    String legalAid();

    @Message("Medische zorg")
    String medicalCare();

    @Message("Begin van de bedenktijd")
    String reflectionStart();

    @Message("Einde van de bedenktijd")
    String reflectionEnd();

    @Message("Verblijfsprocedure")
    String residenceProcedure();

    @Message("Verblijfsaanvraag ingediend op")
    String residenceAppliedOn();

    @Message("Besluit op de verblijfsaanvraag op")
    String residenceDecidedOn();

    @Message("Registratie bij CoMensha")
    String nationalRegistration();

    @Message("Geregistreerd op {date} door {organisation}, kenmerk {reference}.")
    String registeredOnBy(String date, String organisation, String reference);

    @Message("Nog niet geregistreerd bij CoMensha.")
    String notRegistered();

    @Message("Registratie vastleggen")
    String saveRegistration();

    @Message("Gemeld op")
    String reportedOn();

    @Message("Gemeld door (organisatie)")
    String reportingOrganisation();

    @Message("Kenmerk van CoMensha")
    String reference();

    @Message("Aanpak afsluiten")
    String close();

    @Message("Ja, aanpak afsluiten")
    String confirmClose();

    @Message("Een afgesloten aanpak kan daarna niet meer worden gewijzigd.")
    String confirmCloseText();

    @Message("Reden van afsluiten")
    String closureReason();

    @Message("Toelichting")
    String closureNotes();

    @Message("Verplicht als de reden ‘Anders’ is.")
    String closureNotesHint();

    @Message("Afgesloten op")
    String closedOn();

    @Message("Het einde van de bedenktijd ligt voor het begin.")
    String errorReflectionEnd();

    @Message("Het besluit op de verblijfsaanvraag ligt voor de aanvraag.")
    String errorResidenceDecided();

    @Message("De datum ligt voor de datum waarop de melding binnenkwam.")
    String errorReportedBeforeSignal();

    @Message("Vul een toelichting in als de reden ‘Anders’ is.")
    String errorClosureNotes();

    @Message("De aanpak kan niet worden afgesloten voor de dag waarop hij begon.")
    String errorClosedBeforeStart();

    @Message("Naar de melding")
    String toSignal();
}
