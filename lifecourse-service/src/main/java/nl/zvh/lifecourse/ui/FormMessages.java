package nl.zvh.lifecourse.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the programme's forms and their refusals; Dutch by default, English in messages/lcform_en.properties.
 */
@MessageBundle("lcform")
public interface FormMessages {
    @Message("Geef een reden.")
    String reasonRequired();

    @Message("De capaciteit van het huis is bereikt. Kies voor opnemen boven de capaciteit en geef een reden.")
    String capacityReached();

    @Message("Opgeslagen.")
    String saved();

    @Message("Kandidaat aanmelden")
    String proposeCandidate();

    @Message("Voornaam")
    String firstName();

    @Message("Achternaam")
    String lastName();

    @Message("Aanmelden")
    String propose();

    @Message("Inclusietafel plannen")
    String planSession();

    @Message("Datum van de tafel")
    String sessionDate();

    @Message("Aanwezigen")
    String attendeesLabel();

    @Message("Eén organisatie of persoon per regel.")
    String attendeesHint();

    @Message("Tafel vastleggen")
    String openSession();

    @Message("Wachtlijst")
    String waitingList();

    @Message("Status")
    String status();

    @Message("Agenda")
    String agenda();

    @Message("Besluit over {name}")
    String decisionAbout(String name);

    @Message("Besluit")
    String decision();

    @Message("Reden")
    String reason();

    @Message("Verplicht bij niet opnemen en bij opnemen boven de capaciteit.")
    String reasonHint();

    @Message("Opnemen boven de capaciteit")
    String overrideCapacity();

    @Message("Besluit vastleggen")
    String decide();

    @Message("Openen")
    String open();

    @Message("Het besluit is vastgelegd.")
    String decided();

    @Message("De kandidaat is aangemeld en staat op de wachtlijst.")
    String candidateProposed();

    @Message("Alle kandidaten op de agenda zijn besproken.")
    String agendaDone();

    @Message("Contactmoment vastleggen")
    String addContact();

    @Message("Detentie of heropname vastleggen")
    String addIncident();

    @Message("Netwerk")
    String network();

    @Message("Nog niemand uit het netwerk vastgelegd.")
    String noNetwork();

    @Message("Persoon in het netwerk toevoegen")
    String addNetwork();

    @Message("Relatie")
    String relation();

    @Message("Naam of omschrijving")
    String networkName();

    @Message("Doel toevoegen")
    String addGoal();

    @Message("Levensdomein")
    String domain();

    @Message("Doel")
    String goal();

    @Message("Veiligheidsnotitie toevoegen")
    String addSafetyNote();

    @Message("Een nieuwe notitie vervangt de vorige niet: die blijft in de geschiedenis staan.")
    String safetyNoteHint();

    @Message("Notitie")
    String noteLabel();

    @Message("Eerdere veiligheidsnotities")
    String safetyNoteHistory();

    @Message("{author}, {date}")
    String writtenBy(String author, String date);

    @Message("auteur onbekend")
    String unknownAuthor();

    @Message("Toevoegen")
    String add();

    @Message("Aanpak afsluiten")
    String close();

    @Message("Na het afsluiten telt de cliënt niet meer mee voor de capaciteit. Het dossier blijft te lezen.")
    String closeHint();

    @Message("Ja, aanpak afsluiten")
    String confirmClose();

    @Message("Aanpak afgesloten op {date}: {reason}")
    String closedOn(String date, String reason);

    @Message("Overgenomen uit het vorige registratiesysteem van het huis.")
    String importedClient();

    @Message("Er is nog geen casemanager toegewezen.")
    String noCaseManagerYet();

    @Message("Opnieuw aanmelden voor de inclusietafel")
    String proposeAgain();

    @Message("Eerdere periode")
    String previousPeriod();

    @Message("Nieuwe periode")
    String nextPeriod();

    @Message("Status")
    String clientStatus();

    @Message("Het contactmoment is vastgelegd.")
    String contactAdded();

    @Message("De detentie of heropname is vastgelegd.")
    String incidentAdded();

    @Message("De persoon is aan het netwerk toegevoegd.")
    String networkAdded();

    @Message("Het doel is toegevoegd.")
    String goalAdded();

    @Message("De veiligheidsnotitie is toegevoegd.")
    String safetyNoteAdded();

    @Message("De aanpak is afgesloten.")
    String closedNotice();

    @Message("Casemanager toewijzen")
    String assignCaseManager();

    @Message("Organisatie van de casemanager")
    String caseManagerOrganisation();

    @Message("Naam van de casemanager")
    String caseManagerName();

    @Message("Inlognaam van de casemanager")
    String caseManagerLogin();

    @Message("Waarmee de casemanager zich aanmeldt. Alleen voor de toegang; de pagina toont de naam.")
    String caseManagerLoginHint();

    @Message("In plaats van de huidige casemanager (die ziet de cliënt daarna niet meer)")
    String replaceCaseManagers();

    @Message("Toewijzen")
    String assign();

    @Message("De casemanager is toegewezen.")
    String caseManagerAssigned();

    @Message("Scores per levensdomein")
    String domainScores();

    @Message("1 = zorgelijk, 5 = stabiel; de oudste datum links.")
    String domainScoresIntro();

    @Message("Nog geen scores vastgelegd.")
    String noDomainScores();

    @Message("Scores vastleggen")
    String addDomainScores();

    @Message("Datum van de scores")
    String scoreDate();

    @Message("Vul voor elk besproken levensdomein een score in van 1 (zorgelijk) tot en met 5 (stabiel). Dezelfde datum opnieuw vervangt de scores van die datum.")
    String scoresHint();

    @Message("Geef ten minste één levensdomein een score van 1 tot en met 5.")
    String scoreOne();

    @Message("Notitie bij deze datum")
    String scoreNote();

    @Message("De scores zijn vastgelegd.")
    String scoresRecorded();

    @Message("geen score")
    String notScored();

    @Message("Notities bij de scores")
    String scoreNotes();
}
