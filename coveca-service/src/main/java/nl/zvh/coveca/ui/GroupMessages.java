package nl.zvh.coveca.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the group approach's pages (namespace {@code grp}); Dutch by default, English in messages/grp_en.properties. */
@MessageBundle("grp")
public interface GroupMessages {
    @Message("Groepen")
    String groups();

    @Message("Groepsaanpak: groepen met hun subgroepen, leden en overleggen. Elke subgroep wordt in een eigen overleg besproken.")
    String groupsIntro();

    @Message("Nieuwe groep")
    String newGroup();

    @Message("Groep openen")
    String openGroup();

    @Message("Uw organisatie opent de groep; de procesregisseurs van uw organisatie en van het Zorg- en Veiligheidshuis zien haar.")
    String newGroupIntro();

    @Message("Naam van de groep")
    String name();

    @Message("Gemeente")
    String municipality();

    @Message("Beschrijving")
    String description();

    @Message("Gestart op")
    String createdOn();

    @Message("Status")
    String status();

    @Message("Lopend")
    String running();

    @Message("Afgesloten op {date}")
    String closedOn(String date);

    @Message("Subgroepen")
    String subgroups();

    @Message("Leden")
    String members();

    @Message("Overleggen")
    String meetings();

    @Message("Er zijn geen lopende groepen.")
    String noGroups();

    @Message("Ook afgesloten groepen tonen")
    String showClosed();

    @Message("Alleen lopende groepen tonen")
    String showOpen();

    @Message("Nog geen subgroepen.")
    String noSubgroups();

    @Message("Subgroep toevoegen")
    String addSubgroup();

    @Message("Naam van de subgroep")
    String subgroupName();

    @Message("Nog geen leden.")
    String noMembers();

    @Message("Lid toevoegen")
    String addMember();

    @Message("Heeft het lid een eigen casus, vul dan het casusnummer in. Anders naam en geboortedatum.")
    String addMemberIntro();

    @Message("Casusnummer")
    String caseNumber();

    @Message("De eerste acht tekens, zoals op de werklijst.")
    String caseNumberHint();

    @Message("Voornaam")
    String firstName();

    @Message("Tussenvoegsel")
    String surnamePrefix();

    @Message("Achternaam")
    String lastName();

    @Message("Geboortedatum")
    String dateOfBirth();

    @Message("Subgroep")
    String subgroup();

    @Message("Geen subgroep")
    String noSubgroup();

    @Message("Casus")
    String kase();

    @Message("Geen eigen casus")
    String noCase();

    @Message("Casus {number}")
    String caseLink(String number);

    @Message("gegevens verwijderd")
    String erased();

    @Message("Lid sinds")
    String memberSince();

    @Message("Groep afsluiten")
    String closeGroup();

    @Message("Ja, groep afsluiten")
    String confirmClose();

    @Message("Na het afsluiten kunnen subgroepen, leden en overleggen niet meer worden gewijzigd.")
    String closeExplained();

    @Message("Deze groep is afgesloten.")
    String groupIsClosed();

    @Message("Opgeslagen.")
    String saved();

    @Message("Overleggen van de subgroep")
    String subgroupMeetings();

    @Message("Nog geen overleggen vastgelegd.")
    String noMeetings();

    @Message("Overleg vastleggen")
    String recordMeeting();

    @Message("Datum van het overleg")
    String heldOn();

    @Message("Aanwezig")
    String attendance();

    @Message("Eén organisatie of persoon per regel.")
    String attendanceHint();

    @Message("Verslag")
    String minutes();

    @Message("Afspraken")
    String agreements();

    @Message("Eén afspraak per regel.")
    String agreementsHint();

    @Message("Vul het casusnummer in, of voornaam, achternaam en geboortedatum.")
    String caseOrPerson();

    @Message("Vul het casusnummer in of de naam, niet allebei.")
    String caseAndPerson();

    @Message("Geen casus met dit nummer gevonden die u mag inzien.")
    String caseNotFound();

    @Message("Deze persoon is al lid van de groep.")
    String alreadyMember();

    @Message("Deze groep heeft al een subgroep met deze naam.")
    String subgroupExists();

    @Message("De groep is afgesloten; er kan niets meer worden gewijzigd.")
    String closed();

    @Message("Niet opgeslagen. Ververs de pagina en probeer het opnieuw.")
    String notSaved();

    @Message("Groepsnavigatie")
    String menu();

    @Message("Naam")
    String memberName();

    @Message("Subgroep van {name}")
    String moveTo(String name);

    @Message("Verplaatsen")
    String move();
}
