package nl.zvh.intake.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** UI texts of the partner portal; Dutch by default, English in messages/portal_en.properties. */
@MessageBundle("portal")
public interface PortalMessages {
    @Message("Aanmeldingen")
    String title();

    @Message("Aanmeldingen van {organisation}")
    String heading(String organisation);

    @Message("Aanmeldingen van het huis")
    String headingHouse();

    @Message("Nog geen aanmeldingen.")
    String empty();

    @Message("Persoon")
    String person();

    @Message("Gemeente")
    String municipality();

    @Message("Status")
    String status();

    @Message("Ingediend")
    String submitted();

    @Message("Uitkomst")
    String outcome();

    @Message("Terug naar het overzicht van programma's")
    String back();

    @Message("{#when status}{#is 'DRAFT'}Concept{#is 'SUBMITTED'}Ingediend{#is 'ON_AGENDA'}Geagendeerd{#is 'DECIDED'}Besloten{#is 'CLOSED'}Afgesloten{#is 'WITHDRAWN'}Ingetrokken{/when}")
    String statusLabel(String status);

    @Message("{#when outcome}{#is 'APPROACH_STARTED'}Aanpak gestart{#is 'ADVICE'}Advies{#is 'NO_ACTION'}Geen actie{#else}{outcome}{/when}")
    String outcomeLabel(String outcome);

    @Message("Nieuwe aanmelding")
    String newReferral();

    @Message("Berichten")
    String inbox();

    @Message("{count} ongelezen")
    String unread(long count);

    @Message("Alle statussen")
    String allStatuses();

    @Message("Filteren")
    String filter();

    @Message("Aanmelding")
    String referral();

    @Message("Hoofdpersoon")
    String mainPerson();

    @Message("Systeemleden (huishouden, familie)")
    String systemMembers();

    @Message("Systeemlid {n}")
    String systemMember(int n);

    @Message("Voornaam")
    String firstName();

    @Message("Tussenvoegsel")
    String surnamePrefix();

    @Message("Achternaam")
    String lastName();

    @Message("Geboortedatum")
    String dateOfBirth();

    @Message("BSN")
    String bsn();

    @Message("Geslacht")
    String gender();

    @Message("Woonplaats")
    String residenceMunicipality();

    @Message("Adres")
    String address();

    @Message("Relatie tot de hoofdpersoon")
    String relation();

    @Message("{#when relation}{#is 'PARTNER'}Partner{#is 'EX_PARTNER'}Ex-partner{#is 'CHILD'}Kind{#is 'PARENT'}Ouder{#is 'SIBLING'}Broer of zus{#is 'HOUSEHOLD_MEMBER'}Huisgenoot{#is 'OTHER_FAMILY'}Overige familie{#is 'OTHER'}Anders{#else}{relation}{/when}")
    String relationLabel(String relation);

    @Message("{#when gender}{#is 'FEMALE'}Vrouw{#is 'MALE'}Man{#is 'OTHER'}Anders{#is 'UNKNOWN'}Onbekend{#else}{gender}{/when}")
    String genderLabel(String gender);

    @Message("Gemeente waar de casus speelt")
    String caseMunicipality();

    @Message("Problematiek")
    String problemAreas();

    @Message("Vraag aan het Zorg- en Veiligheidshuis")
    String question();

    @Message("Wat is al geprobeerd")
    String triedAlready();

    @Message("Urgentie")
    String urgency();

    @Message("{#when urgency}{#is 'NORMAL'}Normaal{#is 'URGENT'}Urgent{#is 'CRISIS'}Crisis{#else}{urgency}{/when}")
    String urgencyLabel(String urgency);

    @Message("Is de persoon geïnformeerd?")
    String personInformed();

    @Message("{#when value}{#is 'INFORMED'}Ja, geïnformeerd{#is 'NOT_INFORMED_SAFETY'}Nee, vanwege de veiligheid{#is 'NOT_INFORMED_CRIMINAL_INVESTIGATION'}Nee, vanwege een strafrechtelijk onderzoek{#else}{value}{/when}")
    String personInformedLabel(String value);

    @Message("Reden waarom niet geïnformeerd")
    String notInformedReason();

    @Message("Regievoerende partner")
    String controllingPartner();

    @Message("Kies…")
    String choose();

    @Message("Indienen")
    String submit();

    @Message("Opslaan als concept")
    String saveDraft();

    @Message("Verplicht")
    String required();

    @Message("{#when kind}{#is 'bsn'}Geen geldig BSN: negen cijfers die de elfproef doorstaan.{#is 'dateOfBirth'}Vul een geldige geboortedatum in, niet in de toekomst.{#is 'municipality'}Kies een gemeente van dit huis.{#is 'problemAreas'}Kies ten minste één problematiek uit de lijst.{#is 'question'}Beschrijf de vraag aan het huis.{#is 'urgency'}Kies de urgentie.{#is 'personInformed'}Geef aan of de persoon is geïnformeerd.{#is 'notInformedReason'}Geef de reden waarom de persoon niet is geïnformeerd.{#is 'firstName'}Vul de voornaam in.{#is 'lastName'}Vul de achternaam in.{#is 'relation'}Kies de relatie tot de hoofdpersoon.{#else}Dit veld is niet goed ingevuld.{/when}")
    String fieldError(String kind);

    @Message("Controleer de gemarkeerde velden.")
    String formHasErrors();

    @Message("Geagendeerd voor de triage van {date}")
    String agendaDate(java.time.LocalDate date);

    @Message("Besluit van de triagetafel")
    String decision();

    @Message("Programma")
    String programme();

    @Message("Advies")
    String advice();

    @Message("Besloten op")
    String decidedAt();

    @Message("Bijlagen")
    String attachments();

    @Message("Geen bijlagen.")
    String noAttachments();

    @Message("Bijlage toevoegen (PDF, PNG of JPEG, maximaal 10 MB)")
    String addAttachment();

    @Message("Uploaden")
    String upload();

    @Message("{#when error}{#is 'missing'}Kies eerst een bestand.{#is 'size'}Het bestand is groter dan toegestaan.{#is 'type'}Alleen PDF-, PNG- en JPEG-bestanden zijn toegestaan.{#else}{/when}")
    String attachmentError(String error);

    @Message("Concept bewerken")
    String editDraft();

    @Message("Melder")
    String referrer();

    @Message("Terug naar de aanmeldingen")
    String backToList();

    @Message("Geen berichten.")
    String noNotifications();

    @Message("Uw aanmelding van {name} staat op de agenda van de triage van {date}.")
    String notificationOnAgenda(String name, java.time.LocalDate date);

    @Message("Uw aanmelding van {name} is besproken; {#when outcome}{#is 'ADVICE'}advies: {advice}{#is 'APPROACH_STARTED'}er is een aanpak gestart in programma {programme}.{#is 'NO_ACTION'}de triagetafel onderneemt geen actie.{#else}uitkomst: {outcome}.{/when}")
    String notificationDecided(String name, String outcome, String programme, String advice);

    @Message("Markeer als gelezen")
    String markRead();

    @Message("gelezen")
    String read();

    @Message("Referentiegegevens van het huis")
    String referenceData();

    @Message("Gemeenten")
    String municipalities();

    @Message("Ketenpartners")
    String organisations();

    @Message("Domein")
    String domain();

    @Message("Naam")
    String name();

    @Message("Toevoegen")
    String add();

    @Message("Deactiveren")
    String deactivate();

    @Message("actief")
    String active();

    @Message("inactief")
    String inactive();

    @Message("{#when domain}{#is 'JUSTICE'}Straf{#is 'CARE'}Zorg{#is 'MUNICIPALITY'}Bestuur{#is 'YOUTH'}Jeugd{#is 'HOUSING'}Wonen{#is 'OTHER'}Overig{#else}{domain}{/when}")
    String domainLabel(String domain);
}
