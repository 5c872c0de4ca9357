package nl.zvh.intake.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the question pages (adviesvragen, vragen aan het informatieknooppunt); Dutch by default, English in
 * messages/question_en.properties. Kinds, channels and statuses read through the labels.
 */
@MessageBundle("question")
public interface QuestionMessages {
    @Message("Vragen")
    String menu();

    @Message("Vraag stellen")
    String ask();

    @Message("Vraag invoeren")
    String enter();

    @Message("Vragen van {organisation}")
    String headingOwn(String organisation);

    @Message("Open vragen aan het huis")
    String headingOpen();

    @Message("Alle vragen aan het huis")
    String headingAll();

    @Message("Adviesvragen en vragen aan het informatieknooppunt, zonder aanmelding.")
    String intro();

    @Message("Nog geen vragen van uw organisatie.")
    String emptyOwn();

    @Message("Geen open vragen. Alle vragen zijn beantwoord.")
    String emptyOpen();

    @Message("Nog geen vragen aan het huis.")
    String emptyAll();

    @Message("Alle vragen tonen")
    String showAll();

    @Message("Alleen open vragen tonen")
    String showOpen();

    @Message("Vragen")
    String caption();

    @Message("Gesteld op")
    String askedAt();

    @Message("Soort vraag")
    String kind();

    @Message("Hoe gesteld")
    String channel();

    @Message("Status")
    String status();

    @Message("Gemeente")
    String municipality();

    @Message("Gemeente waar de vraag speelt")
    String municipalityLabel();

    @Message("Vraagsteller")
    String asker();

    @Message("Organisatie van de vraagsteller")
    String askerOrganisation();

    @Message("Naam en functie van de vraagsteller")
    String askerName();

    @Message("Bijvoorbeeld: Petra de Vries, wijkagent")
    String askerNameHint();

    @Message("Ingevoerd door {name}")
    String enteredBy(String name);

    @Message("Vraag")
    String text();

    @Message("Uw vraag")
    String textLabel();

    @Message("Om wie gaat het? (niet verplicht)")
    String person();

    @Message("Een adviesvraag mag anoniem. Vult u een naam in, dan geldt die als persoonsgegeven.")
    String personHint();

    @Message("Voornaam")
    String firstName();

    @Message("Achternaam")
    String lastName();

    @Message("Geboortedatum")
    String dateOfBirth();

    @Message("Anoniem")
    String anonymous();

    @Message("Persoon")
    String personColumn();

    @Message("Vraag versturen")
    String send();

    @Message("Vraag opslaan")
    String save();

    @Message("Vraag van {organisation}")
    String questionOf(String organisation);

    @Message("Antwoord")
    String answer();

    @Message("Antwoord van het huis")
    String answerLabel();

    @Message("Beantwoord door {name} op {date}")
    String answeredBy(String name, String date);

    @Message("Bestede tijd in minuten")
    String minutesSpent();

    @Message("De tijd die het huis aan deze vraag besteedde, 1 tot 1440 minuten.")
    String minutesHint();

    @Message("{minutes} minuten")
    String minutes(int minutes);

    @Message("Beantwoorden")
    String answerButton();

    @Message("Nog niet beantwoord. Het huis beantwoordt uw vraag zo snel mogelijk.")
    String notAnswered();

    @Message("Niet beantwoord: de vraag is een aanmelding geworden en gaat naar de integrale triage.")
    String notAnsweredReferred();

    @Message("Maak hiervan een verwijzing")
    String makeReferral();

    @Message("Wordt het meer dan een advies? Dan meldt u de persoon aan bij de integrale triage, met de gegevens van deze vraag al ingevuld.")
    String makeReferralHint();

    @Message("Deze vraag is een aanmelding geworden op {date}.")
    String becameReferral(String date);

    @Message("Naar de aanmelding")
    String toReferral();

    @Message("Kenmerk van de aanmelding: {id}")
    String referralReference(String id);

    @Message("Status van de aanmelding: {status}")
    String referralStatus(String status);

    @Message("Uw vraag is verstuurd. Het huis beantwoordt hem zo snel mogelijk.")
    String noticeAsked();

    @Message("De vraag is opgeslagen.")
    String noticeEntered();

    @Message("Het antwoord is opgeslagen.")
    String noticeAnswered();

    @Message("De aanmelding is ingediend en staat klaar voor de integrale triage.")
    String noticeReferred();

    @Message("Deze vraag is al beantwoord; het antwoord hieronder is bewaard.")
    String alreadyAnswered();

    @Message("Kies de gemeente waar de vraag speelt.")
    String errMunicipality();

    @Message("Kies de soort vraag.")
    String errKind();

    @Message("Kies hoe de vraag binnenkwam: telefoon, e-mail of persoonlijk.")
    String errChannel();

    @Message("Vul de organisatie van de vraagsteller in (hoogstens 200 tekens).")
    String errAskerOrganisation();

    @Message("Vul de naam en functie van de vraagsteller in (hoogstens 200 tekens).")
    String errAskerName();

    @Message("Vul de vraag in (hoogstens 4000 tekens).")
    String errText();

    @Message("Vul de voornaam in met hoogstens 100 tekens.")
    String errFirstName();

    @Message("Vul de achternaam in (hoogstens 100 tekens): die is nodig als u een persoon noemt.")
    String errLastName();

    @Message("Vul een geboortedatum in die niet in de toekomst ligt.")
    String errDateOfBirth();

    @Message("Vul het antwoord in (hoogstens 4000 tekens).")
    String errAnswer();

    @Message("Vul de bestede tijd in hele minuten in, van 1 tot 1440.")
    String errMinutes();
}
