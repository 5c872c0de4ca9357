package nl.zvh.lifecourse.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * UI texts; Dutch by default, English in messages/lifecourse_en.properties. Codes (life domains, outcomes, ...) read
 * through the labels in META-INF/zvh/labels_*.properties, not through here.
 */
@MessageBundle("lifecourse")
public interface UiMessages {
    @Message("Levensloopaanpak en CTER")
    String title();

    @Message("Langdurige begeleiding van volwassenen die gevaarlijk gedrag blijven vertonen, en de weging van meldingen over extremisme en radicalisering door het CTER.")
    String intro();

    @Message("Wat wilt u doen?")
    String whatNext();

    @Message("Mijn cliënten")
    String myClients();

    @Message("Cliënten van het huis")
    String houseClients();

    @Message("Dossiers van opgenomen cliënten: veiligheidsnotitie, levensloopplan, contactmomenten en evaluaties.")
    String clientsHint();

    @Message("Kandidaten voor de inclusietafel, de capaciteit van het huis en eerdere besluiten.")
    String inclusionHint();

    @Message("Gemelde personen, hun weging en de weegoverleggen van het CTER.")
    String cterHint();

    @Message("Er zijn nog geen opgenomen cliënten. Cliënten komen in deze lijst zodra de inclusietafel besluit ze op te nemen.")
    String noClientsCoordinator();

    @Message("Naar de inclusieagenda")
    String toInclusion();

    @Message("U heeft nog geen cliënten. De coördinator van het huis wijst u als casemanager toe aan een cliënt.")
    String noClientsManager();

    @Message("Naam")
    String name();

    @Message("Gemeente")
    String municipality();

    @Message("Geboortedatum")
    String dateOfBirth();

    @Message("Opgenomen op")
    String includedAt();

    @Message("Veiligheidsnotitie")
    String safetyNote();

    @Message("Ja")
    String yes();

    @Message("Nee")
    String no();

    @Message("Veiligheidsnotitie voor huisbezoek")
    String safetyNoteHeading();

    @Message("Casemanagers")
    String caseManagers();

    @Message("Casemanager van {organisation}")
    String caseManagerOf(String organisation);

    @Message("u")
    String you();

    @Message("toegewezen op {date}")
    String assignedOn(String date);

    @Message("Nog geen casemanager toegewezen.")
    String noCaseManagers();

    @Message("Levensloopplan")
    String plan();

    @Message("Nog geen doelen in het levensloopplan.")
    String noPlan();

    @Message("Contactmomenten")
    String contacts();

    @Message("Nog geen contactmomenten vastgelegd.")
    String noContacts();

    @Message("Detenties en heropnames")
    String incidents();

    @Message("Geen detenties of heropnames vastgelegd.")
    String noIncidents();

    @Message("Evaluaties")
    String reviews();

    @Message("Nog geen evaluaties.")
    String noReviews();

    @Message("Volgende evaluatie")
    String nextReview();

    @Message("nog niet gepland")
    String notPlanned();

    @Message("Datum")
    String date();

    @Message("Soort")
    String kind();

    @Message("Uitkomst")
    String outcome();

    @Message("Toelichting")
    String note();

    @Message("Inclusieagenda")
    String inclusionAgenda();

    @Message("Kandidaten")
    String candidates();

    @Message("Er wachten geen kandidaten op de inclusietafel. Kandidaten komen binnen via de integrale triage of worden door de coördinator aangemeld.")
    String noCandidates();

    @Message("Aangemeld op")
    String registeredOn();

    @Message("Herkomst")
    String source();

    @Message("Actieve cliënten: {active} van {capacity}")
    String activeOfCapacity(long active, int capacity);

    @Message("Let op: de capaciteit van het huis is bereikt of overschreden.")
    String capacityWarning();

    @Message("Inclusietafels")
    String inclusionSessions();

    @Message("Nog geen inclusietafels gehouden.")
    String noInclusionSessions();

    @Message("Inclusietafel van {date}")
    String inclusionSessionOf(String date);

    @Message("Aanwezigen")
    String attendees();

    @Message("Besluiten")
    String decisions();

    @Message("Geen besluiten vastgelegd.")
    String noDecisions();

    @Message("Bladeren door de overleggen")
    String sessionsPaging();

    @Message("CTER-weegagenda")
    String cterAgenda();

    @Message("Gemelde personen")
    String reportedPersons();

    @Message("Er zijn nog geen personen gemeld bij het CTER.")
    String noReportedPersons();

    @Message("Ideologie")
    String ideology();

    @Message("Nog niet gewogen")
    String notWeighed();

    @Message("Nog niet bepaald")
    String notCategorised();

    @Message("Heroverweging")
    String reviewDate();

    @Message("Gemeld op")
    String reportedOn();

    @Message("Bron")
    String reportSource();

    @Message("Weegoverleggen")
    String weighingSessions();

    @Message("Nog geen weegoverleggen gehouden.")
    String noWeighingSessions();

    @Message("Weegoverleg van {date}")
    String weighingSessionOf(String date);

    @Message("Geen personen gewogen.")
    String noWeighings();

    @Message("Veiligheidsadviseur gemeente")
    String safetyOfficer();

    @Message("Vervolg")
    String followUp();
}
