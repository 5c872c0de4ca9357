package nl.zvh.triage.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * UI texts of the house's other tables (namespace {@code tables}); Dutch by default, English in
 * {@code messages/tables_en.properties}. Codes read through {@code META-INF/zvh/labels_*.properties}.
 */
@MessageBundle(value = "tables", locale = "nl")
public interface TablesMessages {
    @Message("Overleggen")
    String navTables();

    @Message("Overleggen van het huis")
    String title();

    @Message("De overleggen waaraan uw organisatie deelneemt. U ziet alleen de onderwerpen van uw eigen overleggen.")
    String intro();

    @Message("Uw organisatie neemt nog aan geen enkel overleg deel.")
    String none();

    @Message("{count} overleggen")
    String caption(int count);

    @Message("Overleg")
    String table();

    @Message("Soort")
    String kind();

    @Message("Voorzitter")
    String chair();

    @Message("Frequentie")
    String cadence();

    @Message("Wachten op bespreking")
    String openItems();

    @Message("Volgende overleg")
    String nextMeeting();

    @Message("Nog niet gepland")
    String notPlanned();

    @Message("Overleg instellen")
    String newTable();

    @Message("Naam van het overleg")
    String name();

    @Message("Organisatie van de voorzitter")
    String chairOrganisation();

    @Message("Het Openbaar Ministerie voor het veelplegersoverleg en het LPCO, het huis voor I28.")
    String chairHint();

    @Message("Deelnemende organisaties")
    String members();

    @Message("Eén organisatie per regel, gespeld zoals in het account van de medewerkers.")
    String perLine();

    @Message("Organisaties die onderwerpen aanleveren")
    String submitters();

    @Message("Bijvoorbeeld de politie die de meldingen voor I28 aanlevert. Zij zien de onderwerpen niet.")
    String submittersHint();

    @Message("Gemeente")
    String municipality();

    @Message("Alleen voor een nazorgtafel: de gemeente van de tafel.")
    String municipalityHint();

    @Message("Contactpersoon")
    String contactName();

    @Message("Telefoon contactpersoon")
    String contactPhone();

    @Message("E-mail contactpersoon")
    String contactEmail();

    @Message("Opslaan")
    String save();

    @Message("Het overleg is ingesteld.")
    String created();

    @Message("Contactpersonen nazorg per gemeente")
    String contacts();

    @Message("Geen nazorgtafels ingesteld.")
    String noContacts();

    @Message("Onderwerpen")
    String items();

    @Message("Nog geen onderwerpen.")
    String noItems();

    @Message("Onderwerp toevoegen")
    String addItem();

    @Message("Het onderwerp is toegevoegd.")
    String itemAdded();

    @Message("Registratienummer politie")
    String externalRef();

    @Message("Datum melding of lijst")
    String receivedOn();

    @Message("Voornaam")
    String firstName();

    @Message("Achternaam")
    String lastName();

    @Message("Geboortedatum")
    String birthDate();

    @Message("District")
    String district();

    @Message("Status volgens het OM")
    String category();

    @Message("Korte samenvatting")
    String summary();

    @Message("Ouders (medeverdachten)")
    String parents();

    @Message("Genodigden")
    String invitees();

    @Message("De jongere, ouders, betrokken professionals en de gemeente; één per regel.")
    String inviteesHint();

    @Message("Naam")
    String person();

    @Message("Status")
    String status();

    @Message("Laatste besluit")
    String lastOutcome();

    @Message("Meldingen uit bestand laden")
    String upload();

    @Message("Een CSV-bestand met de kolommen registratienummer;datum;gemeente;voornaam;achternaam;geboortedatum;samenvatting. Het hele bestand wordt geladen of niets; meldingen die er al staan worden overgeslagen.")
    String uploadHint();

    @Message("Bestand")
    String file();

    @Message("Laden")
    String load();

    @Message("{added} meldingen geladen, {present} stonden er al.")
    String loaded(int added, int present);

    @Message("Het bestand is niet geladen. Verbeter deze regels en laad het opnieuw:")
    String uploadRefused();

    @Message("Overleggen (vergaderingen)")
    String meetings();

    @Message("Nog geen vergaderingen gepland.")
    String noMeetings();

    @Message("Vergadering plannen")
    String planMeeting();

    @Message("Datum")
    String date();

    @Message("Aanvang")
    String startsAt();

    @Message("Gehouden")
    String held();

    @Message("Gepland")
    String planned();

    @Message("De vergadering is gepland.")
    String meetingPlanned();

    @Message("Vergadering van {date}")
    String meetingTitle(String date);

    @Message("Agenda")
    String agenda();

    @Message("Er staat nog niets op de agenda.")
    String agendaEmpty();

    @Message("Op de agenda zetten")
    String putOnAgenda();

    @Message("Onderwerpen die op bespreking wachten")
    String waiting();

    @Message("Besluit")
    String decision();

    @Message("Nog geen besluit")
    String undecided();

    @Message("Besluit vastleggen")
    String decide();

    @Message("Afspraken")
    String agreements();

    @Message("Einddatum traject")
    String trackEnd();

    @Message("Verantwoordelijke partner")
    String responsibleOrganisation();

    @Message("Het besluit is vastgelegd.")
    String decided();

    @Message("Aanwezigheid en verslag")
    String minutesHeading();

    @Message("Aanwezige organisaties")
    String attendance();

    @Message("Verslag")
    String minutes();

    @Message("Het verslag is opgeslagen.")
    String minutesSaved();

    @Message("Verkennende onderzoeken Wvggz")
    String investigations();

    @Message("Geen verkennende onderzoeken.")
    String noInvestigations();

    @Message("Gemeld op")
    String reportedOn();

    @Message("Uiterlijk klaar op")
    String deadline();

    @Message("Termijn verstreken")
    String overdue();

    @Message("Loopt")
    String running();

    @Message("Afgerond op {date}")
    String concludedOn(String date);

    @Message("Uitkomst vastleggen")
    String conclude();

    @Message("Uitkomst")
    String outcome();

    @Message("De uitkomst is vastgelegd.")
    String concluded();

    @Message("AWARE-trajecten die binnen twee weken aflopen")
    String endingSoon();

    @Message("Traject")
    String track();

    @Message("{from} tot en met {to}")
    String period(String from, String to);

    @Message("Terug naar de overleggen")
    String back();

    @Message("Vul dit in.")
    String required();

    @Message("Dit klopt niet: {detail}")
    String invalid(String detail);

    @Message("Vul een datum in.")
    String err01();

    @Message("Vul een tijd in (uu:mm).")
    String err02();

    @Message("Dit is te lang of te veel.")
    String err03();

    @Message("Deze datum ligt in de toekomst.")
    String err04();

    @Message("De geboortedatum moet in het verleden liggen.")
    String err05();

    @Message("Een veelpleger is 18 jaar of ouder.")
    String err06();

    @Message("Dit overleg bespreekt jongeren onder de 23 jaar.")
    String err07();

    @Message("Kies een status.")
    String err08();

    @Message("Deze melding staat al op dit overleg.")
    String err09();

    @Message("Dit registratienummer staat twee keer in het bestand.")
    String err10();

    @Message("Kies een datum tussen 2000 en een jaar vanaf nu.")
    String err11();

    @Message("Alleen deelnemers aan dit overleg kunnen aanwezig zijn.")
    String err12();

    @Message("Dit onderwerp staat niet op de agenda.")
    String err13();

    @Message("De einddatum moet na de vergadering liggen.")
    String err14();

    @Message("Deze persoon heeft geen AWARE-traject om te verlengen of af te sluiten.")
    String err15();

    @Message("Deze persoon heeft al een AWARE-traject.")
    String err16();

    @Message("Kies een datum tussen de melding en vandaag.")
    String err17();

    @Message("Vul een e-mailadres in.")
    String err18();

    @Message("Het bestand bevat geen meldingen.")
    String err19();

    @Message("Kies een van de mogelijkheden.")
    String err20();

    @Message("Een nazorgtafel bespreekt alleen jongeren uit haar eigen gemeente.")
    String err21();

    @Message("De nieuwe einddatum moet na de huidige einddatum liggen.")
    String err22();

    @Message("Alleen het I28-overleg laadt meldingen uit een bestand.")
    String err24();

    @Message("Dit klopt niet.")
    String err25();

    @Message("De kolom {column} ontbreekt.")
    String columnMissing(String column);
}
