package nl.zvh.coveca.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the forms on the case pages (namespace {@code act}); Dutch by default, English in messages/act_en.properties. */
@MessageBundle("act")
public interface ActionMessages {
    @Message("Opgeslagen.")
    String saved();

    @Message("Een BSN bestaat uit negen cijfers.")
    String bsn();

    @Message("Vul een geldig e-mailadres in.")
    String email();

    @Message("Niet opgeslagen: de casus staat dit nu niet toe. Ververs de pagina en probeer het opnieuw.")
    String notSaved();

    @Message("Casus handmatig openen")
    String newCase();

    @Message("U wordt zelf procesregisseur van de casus en uw organisatie wordt betrokken partner.")
    String newCaseIntro();

    @Message("Hoofdpersoon")
    String mainPerson();

    @Message("Voornaam")
    String firstName();

    @Message("Tussenvoegsel")
    String surnamePrefix();

    @Message("Achternaam")
    String lastName();

    @Message("BSN")
    String bsnLabel();

    @Message("Relatie tot de hoofdpersoon")
    String relation();

    @Message("Casus openen")
    String open();

    @Message("Casus overnemen als procesregisseur")
    String takeOver();

    @Message("U bent nu procesregisseur van deze casus.")
    String takenOver();

    @Message("Persoon toevoegen")
    String addPerson();

    @Message("Partner betrekken")
    String addPartner();

    @Message("Doel toevoegen")
    String addGoal();

    @Message("Doel")
    String goal();

    @Message("Hoort bij doel")
    String underGoal();

    @Message("Geen doel")
    String noGoal();

    @Message("Afspraak toevoegen")
    String addAgreement();

    @Message("Omschrijving")
    String description();

    @Message("Organisatie die de afspraak uitvoert")
    String ownerOrganisation();

    @Message("Uitvoerende persoon")
    String ownerPerson();

    @Message("Afspraak laten vervallen")
    String dropAgreement();

    @Message("Reden van vervallen")
    String dropReason();

    @Message("Laten vervallen")
    String drop();

    @Message("In dit huis keurt een tweede procesregisseur elke wijziging van het plan goed.")
    String planHint();

    @Message("Plan goedkeuren")
    String approvePlan();

    @Message("Een tweede procesregisseur moet dit goedkeuren; u heeft het zelf aangevraagd of gewijzigd.")
    String ownChange();

    @Message("Netwerkoverleg plannen")
    String planMeeting();

    @Message("Datum")
    String date();

    @Message("Tijd")
    String time();

    @Message("Het overleg is online")
    String onlineMeeting();

    @Message("Vul een locatie in of kies online.")
    String locationOrOnline();

    @Message("Uitgenodigd")
    String invitees();

    @Message("Eén per regel: organisatie, eventueel gevolgd door een komma en de naam.")
    String inviteesHint();

    @Message("Overleg openen")
    String openMeeting();

    @Message("Verslag vastleggen")
    String recordMeeting();

    @Message("Eén besluit per regel.")
    String decisionsHint();

    @Message("Was de cliënt aan tafel?")
    String clientAtTable();

    @Message("Aanwezig")
    String attendance();

    @Message("Het verslag kan pas worden vastgelegd als het overleg heeft plaatsgevonden.")
    String notYetHeld();

    @Message("Het verslag van dit overleg is al vastgelegd.")
    String alreadyRecorded();

    @Message("Monitoringronde scoren")
    String scoreRound();

    @Message("Score per leefgebied van 1 (ernstige problemen) tot 5 (geen problemen); laat leeg wat u niet scoort.")
    String scoreHint();

    @Message("Datum van de ronde")
    String scoredOn();

    @Message("Geef ten minste één leefgebied een score.")
    String oneScore();

    @Message("Escalatie (AVE)")
    String escalations();

    @Message("De casus is nog niet opgeschaald.")
    String noEscalations();

    @Message("Richting")
    String direction();

    @Message("Niveau")
    String level();

    @Message("Vraag")
    String question();

    @Message("Antwoord")
    String answer();

    @Message("wacht op antwoord")
    String awaitingAnswer();

    @Message("Escalatiestap vastleggen")
    String raise();

    @Message("Vastleggen")
    String raiseButton();

    @Message("Antwoord op escalatie vastleggen")
    String answerEscalation();

    @Message("Escalatie")
    String escalation();

    @Message("Deze stap past niet bij het huidige niveau: opschalen gaat naar een hoger niveau, afschalen naar een lager; kies een niveau, behalve bij afschalen naar reguliere zorg.")
    String levelRefused();

    @Message("Afsluiting")
    String closure();

    @Message("Casus afsluiten")
    String close();

    @Message("Bij verhuizing buiten de regio vult u de ontvangende gemeente in.")
    String closeHint();

    @Message("Ontvangende gemeente")
    String receivingMunicipality();

    @Message("Vul de ontvangende gemeente alleen in bij verhuizing buiten de regio.")
    String receivingOnlyWhenMoved();

    @Message("Toelichting")
    String note();

    @Message("De afsluiting is aangevraagd en wacht op goedkeuring door een tweede procesregisseur.")
    String closureRequested();

    @Message("Afsluiting goedkeuren")
    String approveClosure();

    @Message("Na het afsluiten kunnen afspraken niet meer worden gewijzigd; heropenen kan met een reden.")
    String closeConfirm();

    @Message("Intensiteit en subaanpak wijzigen")
    String reclassify();

    @Message("Vertrekt uit de casus")
    String endPerson();

    @Message("vertrokken op {date}")
    String leftOn(String date);

    @Message("Betrokkenheid beëindigen")
    String endPartner();

    @Message("betrokken tot {date}")
    String endedOn(String date);

    @Message("Let op")
    String safetyHeading();

    @Message("Veiligheidsnotitie toevoegen")
    String addSafetyNote();

    @Message("Een notitie blijft staan en wordt aan iedereen getoond die de casus opent.")
    String safetyHint();

    @Message("Waarvoor")
    String safetyKind();

    @Message("Notitie")
    String safetyText();

    @Message("Casus heropenen")
    String reopen();

    @Message("Reden van heropenen")
    String reopenReason();
}
