package nl.zvh.intake.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * UI texts of the partner portal; Dutch by default, English in messages/portal_en.properties. Codes (status,
 * urgency, relation, domain, ...) are not here: they read through the labels (META-INF/zvh/labels_*.properties).
 */
@MessageBundle("portal")
public interface PortalMessages {
    @Message("Aanmeldingen")
    String title();

    @Message("Aanmeldingen van {organisation}")
    String heading(String organisation);

    @Message("Aanmeldingen van het huis")
    String headingHouse();

    @Message("Nog geen aanmeldingen van uw organisatie.")
    String empty();

    @Message("Nog geen ingediende aanmeldingen in het huis. Zodra een ketenpartner een aanmelding indient, staat die hier.")
    String emptyHouse();

    @Message("Geen aanmeldingen met de status {status}.")
    String emptyFiltered(String status);

    @Message("Alle aanmeldingen tonen")
    String showAll();

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

    @Message("Nieuwe aanmelding")
    String newReferral();

    @Message("Berichten")
    String inbox();

    @Message("Berichten ({count} ongelezen)")
    String inboxUnread(long count);

    @Message("Alle statussen")
    String allStatuses();

    @Message("Filteren")
    String filter();

    @Message("Aanmelding")
    String referral();

    @Message("Aanmelding van {name}")
    String referralOf(String name);

    @Message("Aanmeldingen, de nieuwste eerst")
    String referralsCaption();

    @Message("Hoofdpersoon")
    String mainPerson();

    @Message("Systeemleden (huishouden, familie)")
    String systemMembers();

    @Message("Vul alleen in wie bij de casus betrokken is; lege rijen worden overgeslagen.")
    String systemMembersHint();

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

    @Message("Negen cijfers. Laat leeg als u het BSN niet weet.")
    String bsnHint();

    @Message("Geslacht")
    String gender();

    @Message("Woonplaats")
    String residenceMunicipality();

    @Message("Adres")
    String address();

    @Message("Relatie tot de hoofdpersoon")
    String relation();

    @Message("Gemeente waar de casus speelt")
    String caseMunicipality();

    @Message("Problematiek")
    String problemAreas();

    @Message("Kies alles wat van toepassing is.")
    String problemAreasHint();

    @Message("Vraag aan het Zorg- en Veiligheidshuis")
    String question();

    @Message("Wat is al geprobeerd")
    String triedAlready();

    @Message("Urgentie")
    String urgency();

    @Message("Is de persoon geïnformeerd?")
    String personInformed();

    @Message("Reden waarom niet geïnformeerd")
    String notInformedReason();

    @Message("Alleen invullen als de persoon niet is geïnformeerd.")
    String notInformedReasonHint();

    @Message("Regievoerende partner")
    String controllingPartner();

    @Message("Indienen")
    String submit();

    @Message("Opslaan als concept")
    String saveDraft();

    @Message("{#when kind}{#is 'bsn'}Geen geldig BSN: negen cijfers die de elfproef doorstaan.{#is 'dateOfBirth'}Vul een geldige geboortedatum in, niet in de toekomst.{#is 'municipality'}Kies een gemeente van dit huis.{#is 'problemAreas'}Kies ten minste één problematiek uit de lijst.{#is 'question'}Beschrijf de vraag aan het huis.{#is 'urgency'}Kies de urgentie.{#is 'personInformed'}Geef aan of de persoon is geïnformeerd.{#is 'notInformedReason'}Geef de reden waarom de persoon niet is geïnformeerd.{#is 'firstName'}Vul de voornaam in.{#is 'lastName'}Vul de achternaam in.{#is 'relation'}Kies de relatie tot de hoofdpersoon.{#is 'gender'}Kies een geslacht uit de lijst.{#else}Dit veld is niet goed ingevuld.{/when}")
    String fieldError(String kind);

    @Message("Te lang: maximaal {max} tekens.")
    String tooLong(int max);

    @Message("Systeemlid {n}: {message}")
    String memberError(int n, String message);

    @Message("Triage op")
    String triageDate();

    @Message("geboren op {date}")
    String bornOn(String date);

    @Message("Besluit van de triagetafel")
    String decision();

    @Message("Programma")
    String programme();

    @Message("Advies")
    String advice();

    @Message("Besloten op")
    String decidedAt();

    @Message("Ingediend op")
    String submittedAt();

    @Message("Aangemaakt op")
    String createdAt();

    @Message("Bijlagen")
    String attachments();

    @Message("Nog geen bijlagen.")
    String noAttachments();

    @Message("Bijlage toevoegen")
    String addAttachment();

    @Message("PDF, PNG of JPEG, maximaal 10 MB.")
    String attachmentHint();

    @Message("Uploaden")
    String upload();

    @Message("{#when error}{#is 'missing'}Kies eerst een bestand.{#is 'size'}Het bestand is groter dan toegestaan (maximaal 10 MB).{#is 'type'}Alleen PDF-, PNG- en JPEG-bestanden zijn toegestaan.{#else}De bijlage kon niet worden opgeslagen.{/when}")
    String attachmentError(String error);

    @Message("Bestand")
    String fileName();

    @Message("Soort")
    String fileKind();

    @Message("Grootte")
    String fileSize();

    @Message("Toegevoegd op")
    String uploadedAt();

    @Message("Concept bewerken")
    String editDraft();

    @Message("Melder")
    String referrer();

    @Message("Nog geen berichten. Zodra de triagetafel een aanmelding van uw organisatie agendeert of bespreekt, leest u dat hier.")
    String noNotifications();

    @Message("Uw aanmelding van {name} staat op de agenda van de triage van {date}.")
    String notificationOnAgenda(String name, String date);

    @Message("Uw aanmelding van {name} is besproken; {#when outcome}{#is 'ADVICE'}advies: {advice}{#is 'APPROACH_STARTED'}er is een aanpak gestart in het programma {programme}.{#is 'NO_ACTION'}de triagetafel onderneemt geen actie.{#is 'IN_HOUSE'}de aanmelding is in behandeling bij het Zorg- en Veiligheidshuis.{#else}uitkomst: {outcome}.{/when}")
    String notificationDecided(String name, String outcome, String programme, String advice);

    @Message("Bericht")
    String messageColumn();

    @Message("Ontvangen")
    String received();

    @Message("Berichten van de triagetafel, de nieuwste eerst")
    String notificationsCaption();

    @Message("Markeer als gelezen")
    String markRead();

    @Message("bericht over {name}")
    String aboutName(String name);

    @Message("Gelezen")
    String read();

    @Message("Nieuw")
    String unreadMark();

    @Message("Het bericht is als gelezen gemarkeerd.")
    String markedRead();

    @Message("Referentiegegevens")
    String referenceData();

    @Message("Referentiegegevens van {house}")
    String referenceDataOf(String house);

    @Message("Gemeenten")
    String municipalities();

    @Message("Gemeente toevoegen")
    String addMunicipality();

    @Message("Ketenpartners")
    String organisations();

    @Message("Ketenpartner toevoegen")
    String addOrganisation();

    @Message("Naam van de gemeente")
    String municipalityName();

    @Message("Naam van de ketenpartner")
    String organisationName();

    @Message("Zoals in het veld organisatie van de accounts van deze partner.")
    String organisationNameHint();

    @Message("Domein")
    String domain();

    @Message("Naam")
    String name();

    @Message("Toevoegen")
    String add();

    @Message("Deactiveren")
    String deactivate();

    @Message("Actie")
    String action();

    @Message("Actief")
    String active();

    @Message("Inactief")
    String inactive();

    @Message("Nog geen gemeenten. Voeg hierboven de eerste gemeente van het huis toe.")
    String noMunicipalities();

    @Message("Nog geen ketenpartners. Voeg hierboven de eerste ketenpartner toe.")
    String noOrganisations();

    @Message("Vul een naam in.")
    String nameRequired();

    @Message("De naam is te lang: maximaal {max} tekens.")
    String nameTooLong(int max);

    @Message("Kies een domein uit de lijst.")
    String domainRequired();

    @Message("Gemeente {name} is toegevoegd.")
    String municipalityAdded(String name);

    @Message("Gemeente {name} was al actief.")
    String municipalityWasActive(String name);

    @Message("Gemeente {name} is gedeactiveerd: nieuwe aanmeldingen kunnen haar niet meer kiezen; bestaande houden haar. Voeg haar opnieuw toe om haar te activeren.")
    String municipalityDeactivated(String name);

    @Message("Ketenpartner {name} is opgeslagen.")
    String organisationAdded(String name);

    @Message("Ketenpartner {name} is gedeactiveerd. Voeg haar opnieuw toe om haar te activeren.")
    String organisationDeactivated(String name);

    @Message("Uw aanmelding van {name} is ingediend. Status: {status}.")
    String filed(String name, String status);

    @Message("Het concept is opgeslagen. U kunt het later aanvullen en indienen via Concept bewerken.")
    String draftSaved();

    @Message("De bijlage is toegevoegd.")
    String attachmentAdded();

    @Message("Systeemlid toevoegen")
    String addMember();

    @Message("Systeemlid {n} verwijderen")
    String removeMember(int n);

    @Message("U kunt ten hoogste {max} systeemleden opgeven.")
    String membersMax(int max);

    @Message("Uw aanmelding is ontvangen")
    String confirmationHeading();

    @Message("Referentie")
    String referenceNumber();

    @Message("Noem deze referentie als u contact opneemt over de aanmelding.")
    String referenceHint();

    @Message("Wat gebeurt er nu?")
    String nextSteps();

    @Message("De triagetafel van het Zorg- en Veiligheidshuis zet uw aanmelding op de agenda van een triageoverleg.")
    String nextStepAgenda();

    @Message("Zodra de aanmelding geagendeerd of besproken is, leest u dat onder Berichten en op deze pagina.")
    String nextStepMessages();

    @Message("Tot de triagetafel de aanmelding agendeert, kunt u haar op deze pagina intrekken.")
    String nextStepWithdraw();

    @Message("Naar alle aanmeldingen")
    String toAllReferrals();

    @Message("Aanmelding intrekken")
    String withdrawHeading();

    @Message("Zolang de triagetafel de aanmelding niet heeft geagendeerd, kunt u haar intrekken. Intrekken kan niet ongedaan worden gemaakt.")
    String withdrawIntro();

    @Message("Reden van intrekken")
    String withdrawReason();

    @Message("Ja, aanmelding intrekken")
    String withdrawConfirm();

    @Message("De triagetafel bespreekt de aanmelding dan niet meer.")
    String withdrawConfirmText();

    @Message("Geef de reden van intrekken.")
    String withdrawReasonRequired();

    @Message("De aanmelding is ingetrokken.")
    String withdrawn();

    @Message("Deze aanmelding kan niet meer worden ingetrokken: de triagetafel heeft haar al geagendeerd of besproken.")
    String withdrawTooLate();

    @Message("Ingetrokken op")
    String withdrawnAt();
}
