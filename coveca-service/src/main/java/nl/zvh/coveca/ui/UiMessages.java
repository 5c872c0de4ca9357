package nl.zvh.coveca.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * UI texts of the process directors' pages; Dutch by default, English in messages/coveca_en.properties. Codes
 * (statuses, sub-approaches, ...) read through the labels in META-INF/zvh/labels_*.properties, not through here.
 */
@MessageBundle("coveca")
public interface UiMessages {
    @Message("Werklijst")
    String worklist();

    @Message("Mijn casussen")
    String myCases();

    @Message("Opgeslagen.")
    String saved();

    @Message("Niet toegewezen")
    String unassignedCases();

    @Message("Alle lopende casussen")
    String allCases();

    @Message("Ter goedkeuring")
    String approvals();

    @Message("Tabbladen van de werklijst")
    String worklistTabs();

    @Message("Casus handmatig openen")
    String openCase();

    @Message("U bent van geen lopende casus procesregisseur. Neem een casus over onder Niet toegewezen of open een casus.")
    String noMyCases();

    @Message("Er zijn geen casussen zonder procesregisseur.")
    String noUnassigned();

    @Message("Er wacht niets op uw goedkeuring.")
    String noApprovals();

    @Message("Overnemen")
    String takeOver();

    @Message("afsluiting wacht op goedkeuring")
    String closureAwaitsApproval();

    @Message("plan van aanpak versie {version} wacht op goedkeuring")
    String planAwaitsApproval(int version);

    @Message("Overleggen deze week")
    String meetingsThisWeek();

    @Message("Verlopen afspraken")
    String overdueAgreements();

    @Message("Monitoring nodig")
    String monitoringDue();

    @Message("Er zijn geen lopende casussen. Een casus start na een besluit van de triagetafel of na een escalatie vanuit re-integratie.")
    String noCases();

    @Message("Deze week staan er geen netwerkoverleggen gepland.")
    String noMeetingsThisWeek();

    @Message("Er zijn geen verlopen afspraken.")
    String noOverdue();

    @Message("Voor niemand is een nieuwe monitoringronde nodig.")
    String noMonitoringDue();

    @Message("Persoon")
    String person();

    @Message("Gemeente")
    String municipality();

    @Message("Subaanpak")
    String subApproach();

    @Message("Intensiteit")
    String intensity();

    @Message("Startdatum")
    String startDate();

    @Message("Procesregisseur")
    String processDirector();

    @Message("u")
    String you();

    @Message("U zelf")
    String yourself();

    @Message("Een andere procesregisseur")
    String otherDirector();

    @Message("Nog niet toegewezen")
    String unassigned();

    @Message("Status")
    String status();

    @Message("Herkomst")
    String source();

    @Message("Escalatieniveau (AVE)")
    String escalationLevel();

    @Message("Niet opgeschaald")
    String notEscalated();

    @Message("Afgesloten op")
    String closedAt();

    @Message("Reden van afsluiting")
    String closureReason();

    @Message("Datum en tijd")
    String dateTime();

    @Message("Soort")
    String kind();

    @Message("Locatie")
    String location();

    @Message("Online")
    String online();

    @Message("Afspraak")
    String agreement();

    @Message("Eigenaar")
    String owner();

    @Message("Uiterlijk")
    String dueDate();

    @Message("Laatste ronde")
    String lastRound();

    @Message("nog geen")
    String none();

    @Message("Personen")
    String persons();

    @Message("Naam")
    String name();

    @Message("Rol")
    String role();

    @Message("Geboortedatum")
    String dateOfBirth();

    @Message("Betrokken partners")
    String partners();

    @Message("Organisatie")
    String organisation();

    @Message("Contactpersoon")
    String contact();

    @Message("E-mail")
    String email();

    @Message("Telefoon")
    String phone();

    @Message("Nog geen partners betrokken.")
    String noPartners();

    @Message("Plan van aanpak")
    String plan();

    @Message("Doelen")
    String goals();

    @Message("Afspraken")
    String agreements();

    @Message("Nog geen afspraken. Afspraken worden vastgelegd in een netwerkoverleg.")
    String noAgreements();

    @Message("Versie {version}{#if approved}, goedgekeurd{#else}, wacht op goedkeuring door een tweede procesregisseur{/if}")
    String planVersion(int version, boolean approved);

    @Message("Actie")
    String action();

    @Message("Markeer als afgerond")
    String markDone();

    @Message("Afspraak afgerond: {description}")
    String markedDone(String description);

    @Message("Deze afspraak was al {status}; er is niets gewijzigd.")
    String alreadyFinished(String status);

    @Message("{#if closed}De casus is afgesloten{#else}De afsluiting van de casus is aangevraagd{/if}; afspraken kunnen niet meer worden gewijzigd.")
    String caseNotOpen(boolean closed);

    @Message("Netwerkoverleggen")
    String meetings();

    @Message("Nog geen netwerkoverleggen gepland.")
    String noMeetings();

    @Message("Agenda")
    String agenda();

    @Message("Deelnemers")
    String participants();

    @Message("aanwezig")
    String attended();

    @Message("afwezig")
    String absent();

    @Message("Verslag")
    String minutes();

    @Message("Cliënt aan tafel")
    String clientPresent();

    @Message("Besluiten")
    String decisions();

    @Message("Monitoring leefgebieden")
    String monitoring();

    @Message("Score per leefgebied van 1 (ernstige problemen) tot 5 (geen problemen), één lijn per monitoringronde.")
    String scale();

    @Message("Nog geen monitoringrondes.")
    String noRounds();

    @Message("Monitoring leefgebieden van {name}: {rounds} {#if rounds == 1}ronde{#else}rondes{/if}")
    String chartTitle(String name, int rounds);

    @Message("Ronde {round}: {date}")
    String round(int round, String date);

    @Message("Scores als tabel")
    String scoresAsTable();

    @Message("Scores van {name} per leefgebied en ronde")
    String scoresCaption(String name);

    @Message("Leefgebied")
    String lifeDomain();

    @Message("Verandering")
    String change();

    @Message("niet gescoord")
    String notScored();

    @Message("Ja")
    String yes();

    @Message("Nee")
    String no();

    @Message("Zoek een casus")
    String searchLabel();

    @Message("Naam, geboortedatum (bijvoorbeeld 2-11-1979), BSN of casusnummer")
    String searchHint();

    @Message("Zoeken")
    String search();

    @Message("Zoekresultaten")
    String searchResults();

    @Message("Geen casus gevonden binnen uw bereik.")
    String noSearchResults();

    @Message("Vul minstens twee tekens in.")
    String searchTooShort();

    @Message("Casusnummer")
    String caseNumber();

    @Message("Open escalaties")
    String openEscalations();

    @Message("Er wacht geen escalatie op antwoord.")
    String noOpenEscalations();

    @Message("ZSM-scenario's die verlopen")
    String zsmExpiring();

    @Message("Geen ZSM-scenario verloopt binnen 14 dagen.")
    String noZsmExpiring();

    @Message("Geldig tot en met")
    String validUntil();

    @Message("Uitnodiging downloaden voor de agenda (ICS)")
    String downloadInvitation();

    @Message("CoVeCa")
    String coveca();

    @Message("Geschiedenis van het plan")
    String planHistory();

    @Message("Versie")
    String version();

    @Message("Wijziging")
    String whatChanged();

    @Message("Over")
    String about();

    @Message("Door")
    String changedBy();

    @Message("Automatisch (termijn verstreken)")
    String automatic();

    @Message("Verzoeken tot overname")
    String handovers();

    @Message("Overdragen aan ander Zorg- en Veiligheidshuis")
    String handoverToOtherHouse();

    @Message("Verhuist de persoon buiten de regio, dan draagt u de casus over aan het Zorg- en Veiligheidshuis van de nieuwe woonplaats. Neemt dat huis de casus over, dan wordt de casus hier afgesloten als verhuisd buiten de regio; weigert het, dan blijft de casus hier lopen.")
    String handoverIntro();

    @Message("Ontvangend Zorg- en Veiligheidshuis")
    String receivingHouse();

    @Message("Gemeente van de nieuwe woonplaats")
    String receivingMunicipality();

    @Message("Kies een gemeente van het gekozen Zorg- en Veiligheidshuis.")
    String receivingMunicipalityHint();

    @Message("Samenvatting voor het ontvangende huis")
    String handoverSummary();

    @Message("Wat het ontvangende huis moet weten om de casus over te nemen. Ten hoogste 4000 tekens.")
    String handoverSummaryHint();

    @Message("Wat gaat mee")
    String handoverParts();

    @Message("De namen en geboortedata van de personen in de casus gaan altijd mee; het BSN en contactgegevens niet.")
    String handoverPersonsAlways();

    @Message("Leefgebieden (laatste scores van de monitoring)")
    String withLifeDomains();

    @Message("Doelen van het huidige plan")
    String withPlanGoals();

    @Message("Overdracht versturen")
    String sendHandover();

    @Message("Overdracht")
    String handoverSection();

    @Message("Overdracht aan {house} (gemeente {municipality}) gevraagd op {date}; wacht op antwoord.")
    String handoverWaiting(String house, String municipality, String date);

    @Message("Overgedragen aan {house} (gemeente {municipality}); overgenomen op {date}.")
    String handoverAcceptedBy(String house, String municipality, String date);

    @Message("Overdracht aan {house} (gemeente {municipality}) geweigerd op {date}. Reden: {reason}")
    String handoverDeclinedBy(String house, String municipality, String date, String reason);

    @Message("Deze gemeente hoort niet bij het gekozen Zorg- en Veiligheidshuis.")
    String municipalityNotOfHouse();

    @Message("De casus kan nu niet worden overgedragen: zij is niet meer lopend of wacht al op antwoord op een overdracht.")
    String handoverNotPossible();

    @Message("Verzoeken tot overname")
    String incomingHandovers();

    @Message("Andere Zorg- en Veiligheidshuizen vragen uw huis een casus over te nemen van een persoon die naar uw regio verhuist.")
    String incomingIntro();

    @Message("Er zijn geen verzoeken tot overname.")
    String noIncoming();

    @Message("Van")
    String fromHouse();

    @Message("Gevraagd op")
    String requestedOn();

    @Message("Status")
    String handoverStatus();

    @Message("Personen")
    String handoverPersons();

    @Message("Rol")
    String handoverRole();

    @Message("Naam")
    String handoverName();

    @Message("Geboortedatum")
    String handoverBirthDate();

    @Message("Leefgebieden")
    String handoverLifeDomains();

    @Message("Doelen van het plan")
    String handoverPlanGoals();

    @Message("Niet meegestuurd.")
    String notSent();

    @Message("Gevraagd door")
    String requestedBy();

    @Message("Casus overnemen")
    String acceptHandover();

    @Message("Bij overnemen opent de casus in uw huis met deze personen en gemeente, met u als procesregisseur en vandaag als startdatum. Het verzendende huis sluit zijn casus dan af.")
    String acceptHint();

    @Message("Weigeren")
    String declineHandover();

    @Message("Reden van weigeren")
    String declineReason();

    @Message("Overgenomen op {date} door {name}.")
    String handoverAcceptedOn(String date, String name);

    @Message("Geweigerd op {date} door {name}. Reden: {reason}")
    String handoverDeclinedOn(String date, String name, String reason);

    @Message("Naar de casus")
    String toNewCase();

    @Message("Verzoeken tot overname die op uw besluit wachten: {count}")
    String incomingWaiting(long count);

    @Message("Verzoek tot overname: {name}")
    String handoverRequestOf(String name);

    @Message("Gegevens van het verzoek")
    String handoverFacts();
}
