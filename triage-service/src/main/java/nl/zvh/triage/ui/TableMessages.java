package nl.zvh.triage.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * UI texts of the triage table (namespace {@code table}); Dutch by default, English in
 * {@code messages/table_en.properties}. Codes are not here: they read through {@code META-INF/zvh/labels_*.properties}.
 */
@MessageBundle(value = "table", locale = "nl")
public interface TableMessages {

    // ---- the programme's own menu ----

    @Message("Triage")
    String menu();

    @Message("Wachtrij")
    String navQueue();

    @Message("Agenda")
    String navAgenda();

    @Message("Mijn bekendheidschecks")
    String navChecks();

    // ---- queue ----

    @Message("Wachtrij")
    String queueTitle();

    @Message("Nog niet getrieerde aanmeldingen")
    String heading();

    @Message("De aanmeldingen van uw huis die op een besluit van de triagetafel wachten: crisis en spoed eerst, daarna de oudste.")
    String queueIntro();

    @Message("{total} {#if total == 1}aanmelding wacht{#else}aanmeldingen wachten{/if} op triage")
    String queueCaption(long total);

    @Message("Er wachten geen aanmeldingen. Nieuwe aanmeldingen verschijnen hier zodra een melder ze indient.")
    String empty();

    @Message("Bekijk de agenda van de volgende zitting")
    String toAgenda();

    @Message("Persoon")
    String person();

    @Message("Geboortedatum")
    String dateOfBirth();

    @Message("Gemeente")
    String municipality();

    @Message("Urgentie")
    String urgency();

    @Message("Melder")
    String referrer();

    @Message("Ingediend")
    String submitted();

    @Message("Systeemleden")
    String systemMembers();

    @Message("met {count} {#if count == 1}systeemlid{#else}systeemleden{/if}")
    String withSystemMembers(int count);

    // ---- agenda ----

    @Message("Agenda van de triagetafel")
    String agenda();

    @Message("Week {number}: {from} tot en met {to}")
    String weekHeading(int number, String from, String to);

    @Message("Weken")
    String weekNav();

    @Message("Vorige week")
    String previousWeek();

    @Message("Deze week")
    String thisWeek();

    @Message("Volgende week")
    String nextWeek();

    @Message("In deze week zijn geen zittingen gepland. Kies een andere week.")
    String noSessionsInWeek();

    @Message("Zittingen in deze week ({count}); kies een datum om de agenda te zien")
    String weekCaption(int count);

    @Message("Datum")
    String sessionDate();

    @Message("Begintijd")
    String startTime();

    @Message("Soort")
    String kind();

    @Message("Aanmeldingen")
    String items();

    @Message("Stand")
    String sessionState();

    @Message("Begonnen")
    String started();

    @Message("Nog niet begonnen")
    String notStarted();

    @Message("nog niet begonnen: besluiten kan vanaf het begin van de zitting of zodra de voorzitter de vergadering opent")
    String notStartedYetFile();

    @Message("De voorzitter heeft de vergadering om {time} geopend. De tafel besluit en ziet de antwoorden op de bekendheidschecks.")
    String openedLine(String time);

    @Message("De zitting is begonnen. De tafel besluit en ziet de antwoorden op de bekendheidschecks.")
    String startedLine();

    @Message("De zitting is nog niet begonnen. Besluiten legt de voorzitter pas aan tafel vast, vanaf het begin van de zitting.")
    String notStartedLine();

    @Message("Is de tafel bijeen? Open dan de vergadering: vanaf dat moment legt u besluiten vast en ziet de tafel de antwoorden op de bekendheidschecks.")
    String openExplanation();

    @Message("Vergadering openen")
    String openSession();

    @Message("Op een andere zitting zetten")
    String moveHeading();

    @Message("Zitting")
    String moveTo();

    @Message("Reden")
    String moveReason();

    @Message("Bijvoorbeeld: spoed, of de tafel komt vandaag bijeen.")
    String moveReasonHint();

    @Message("Op deze zitting zetten")
    String moveButton();

    @Message("De aanmelding staat op de agenda van de gekozen zitting.")
    String referralMoved();

    @Message("De aanmelding is niet verplaatst: kies een zitting die nog niet voorbij is, voor een aanmelding die nog op triage wacht.")
    String moveRefused();

    @Message("Extra zitting toevoegen")
    String addExtraSession();

    @Message("Bijvoorbeeld voor een spoedeisende aanmelding, of omdat de tafel vandaag bijeenkomt. Zet daarna de aanmeldingen op de agenda van de extra zitting.")
    String addExtraIntro();

    @Message("De extra zitting is toegevoegd.")
    String extraSessionAdded();

    @Message("Kies vandaag of een latere datum.")
    String extraDateInPast();

    @Message("De vergadering is geopend. De tafel kan nu besluiten.")
    String sessionOpened();

    @Message("De vergadering is niet geopend: u kunt een zitting alleen openen op de dag van de zitting. Voeg voor vandaag een extra zitting toe als de tafel nu bijeen is.")
    String openRefused();

    @Message("Er is nog geen zitting gepland. Zodra een aanmelding binnenkomt, zet het systeem die op de agenda van de eerstvolgende zitting.")
    String noSession();

    @Message("Bekijk de wachtrij")
    String toQueue();

    @Message("{kind} op {date} om {time}")
    String sessionLine(String kind, String date, String time);

    @Message("Reden van de extra zitting")
    String extraReason();

    @Message("Aanmeldingen op de agenda ({count})")
    String agendaCaption(long count);

    @Message("Er staan nog geen aanmeldingen op de agenda van deze zitting.")
    String agendaEmpty();

    @Message("Status")
    String status();

    @Message("Op de agenda sinds")
    String scheduledAt();

    // ---- checks of the own organisation ----

    // ---- the file: persons and possible duplicates ----

    @Message("Personen in de aanmelding")
    String persons();

    @Message("{count} {#if count == 1}persoon{#else}personen{/if} in deze aanmelding: de hoofdpersoon en de systeemleden")
    String personsOfReferral(int count);

    @Message("Mogelijke dubbele personen met het bewijs en de eerdere aanmelding")
    String matchesCaption();

    @Message("Bewijs")
    String evidence();

    @Message("Komt overeen in")
    String matchedFields();

    @Message("Eerdere aanmelding")
    String earlierReferral();

    @Message("Aanmelding van {date} ({municipality})")
    String earlierLine(String date, String municipality);

    @Message("Niet (meer) in te zien bij de triagetafel van dit huis")
    String earlierUnknown();

    @Message("Bekendheidschecks van mijn organisatie")
    String myChecks();

    @Message("Zoek deze personen op in de systemen van {organisation} en antwoord vóór de uiterste datum. Andere organisaties aan tafel zien uw antwoord pas vanaf de zitting.")
    String checksIntro(String organisation);

    @Message("Er staan geen bekendheidschecks voor uw organisatie open. Nieuwe checks verschijnen hier zodra een aanmelding op de agenda komt.")
    String noChecks();

    @Message("Bekendheidscheck voor {name}")
    String checkHeading(String name);

    @Message("Voor de zitting van")
    String forSession();

    @Message("Antwoord uiterlijk")
    String answerBy();

    @Message("Te laat")
    String overdue();

    @Message("Op te zoeken personen")
    String personsCaption();

    @Message("Naam")
    String name();

    @Message("Rol")
    String role();

    @Message("BSN")
    String bsn();

    @Message("onbekend")
    String unknownValue();

    @Message("Is een van deze personen bij uw organisatie bekend?")
    String knownQuestion();

    @Message("Bekend")
    String known();

    @Message("Niet bekend")
    String notKnown();

    @Message("Korte samenvatting")
    String summary();

    @Message("Verplicht als een persoon bekend is. Alleen wat de tafel nodig heeft.")
    String summaryHint();

    @Message("Bronsysteem")
    String sourceSystem();

    @Message("Het systeem waarin u de persoon vond, bijvoorbeeld BVH.")
    String sourceSystemHint();

    @Message("Gevoeligheid")
    String sensitivity();

    @Message("Antwoord opslaan")
    String saveAnswer();

    @Message("Uw antwoord over {name} is opgeslagen.")
    String answerSaved(String name);

    @Message("Uw antwoord is opgeslagen.")
    String answerSavedNoName();

    @Message("Beantwoord op {when}")
    String answeredOn(String when);

    @Message("Kies of een van de personen bij uw organisatie bekend is.")
    String knownRequired();

    @Message("Schrijf een korte samenvatting: die is verplicht als een persoon bekend is.")
    String summaryRequired();

    @Message("De samenvatting mag hoogstens 2000 tekens lang zijn.")
    String summaryTooLong();

    @Message("Het bronsysteem mag hoogstens 200 tekens lang zijn.")
    String sourceSystemTooLong();

    @Message("Kies een gevoeligheid uit de lijst.")
    String sensitivityRequired();

    @Message("De tafel heeft deze aanmelding al behandeld; een antwoord is niet meer nodig. Uw antwoord is niet opgeslagen.")
    String checkClosed();

    @Message("Deze bekendheidscheck bestaat niet (meer) of hoort niet bij uw organisatie. Uw antwoord is niet opgeslagen.")
    String checkNotFound();

    // ---- the file ----

    @Message("Dossier")
    String file();

    @Message("Dossier: {name}")
    String fileHeading(String name);

    @Message("Dossier {name}")
    String fileTitle(String name);

    @Message("Aanmelding")
    String referral();

    @Message("Vraag aan het huis")
    String question();

    @Message("Problematiek")
    String problemAreas();

    @Message("Bekendheidschecks")
    String checks();

    @Message("Bekendheidschecks bij de partners")
    String checksCaption();

    @Message("Voor deze aanmelding zijn geen bekendheidschecks uitgezet.")
    String noChecksForFile();

    @Message("Organisatie")
    String organisation();

    @Message("Uiterlijk")
    String deadline();

    @Message("Antwoord")
    String answer();

    @Message("Zichtbaar vanaf de zitting")
    String hiddenUntilSession();

    @Message("Strikt vertrouwelijk: toelichting aan tafel")
    String explainedAtTable();

    @Message("Een gegeven vertrouwelijkheid kan niet lager worden; kies dezelfde of een hogere.")
    String sensitivityNotLowered();

    @Message("Nog geen antwoord")
    String noAnswerYet();

    @Message("Bron: {source}")
    String sourceLine(String source);

    @Message("Mogelijke dubbele personen")
    String matches();

    @Message("Het systeem vond eerdere aanmeldingen met mogelijk dezelfde persoon. De voorzitter beoordeelt of het om dezelfde persoon gaat.")
    String matchesIntro();

    @Message("Reden")
    String reason();

    @Message("Overeenkomst")
    String score();

    @Message("Oordeel")
    String verdict();

    @Message("Zelfde persoon")
    String confirm();

    @Message("Andere persoon")
    String reject();

    @Message("Mogelijke dubbele persoon {name}")
    String matchGroup(String name);

    @Message("Bevestigd: {name} is dezelfde persoon als in de eerdere aanmelding.")
    String matchConfirmed(String name);

    @Message("Afgewezen: {name} is een andere persoon dan in de eerdere aanmelding.")
    String matchRejected(String name);

    @Message("Deze mogelijke dubbele persoon bestaat niet (meer) in uw huis. Er is niets opgeslagen.")
    String matchNotFound();

    @Message("Triage-instrument")
    String instrument();

    @Message("Score elk onderdeel van 0 (niet aanwezig) tot 3 (ernstig). Het instrument geeft een advies; de tafel besluit.")
    String instrumentIntro();

    @Message("Scores per onderdeel")
    String scores();

    @Message("{kind}, weegt {weight} keer")
    String itemHint(String kind, int weight);

    @Message("Niet gescoord")
    String notScored();

    @Message("{#when score}{#is 0}0 – niet aanwezig{#is 1}1 – licht{#is 2}2 – matig{#else}3 – ernstig{/when}")
    String scoreOption(int score);

    @Message("Kinderen in het huishouden")
    String children();

    @Message("Landelijke criteria complexe casus")
    String criteria();

    @Message("Een casus is complex als de eerste drie criteria samen gelden, of het vierde op zichzelf.")
    String criteriaHint();

    @Message("Problemen op meer dan één leefgebied die leiden tot criminaliteit, overlast of verdere achteruitgang")
    String criterion1();

    @Message("Samenwerking van meerdere ketens nodig, inclusief dwang en drang")
    String criterion2();

    @Message("Impact op het gezinssysteem of de directe omgeving")
    String criterion3();

    @Message("Ernstige lokale of gebiedsgebonden veiligheidsproblemen")
    String criterion4();

    @Message("Scores opslaan")
    String saveScores();

    @Message("De scores zijn opgeslagen. Het advies van het instrument staat hieronder.")
    String scoresSaved();

    @Message("Kies een score van 0 tot en met 3.")
    String scoreInvalid();

    @Message("Over deze aanmelding is al besloten; de scores kunnen niet meer worden gewijzigd. Er is niets opgeslagen.")
    String scoringClosed();

    @Message("De scores zijn niet opgeslagen: {reason}")
    String scoringRefused(String reason);

    @Message("Advies van het instrument")
    String recommendation();

    @Message("Gevaarscore {danger}, bijdragende score {contributing}")
    String scoreLine(int danger, int contributing);

    @Message("Complexe casus volgens de landelijke criteria")
    String complexCase();

    @Message("Nog niet gescoord.")
    String notAssessed();

    @Message("Besluit")
    String decision();

    @Message("Uitkomst")
    String outcome();

    @Message("Programma")
    String programme();

    @Message("Alleen als er een aanpak start; dan verplicht.")
    String programmeHint();

    @Message("Intensiteit")
    String intensity();

    @Message("Alleen bij een CoVeCa-aanpak; dan verplicht.")
    String covecaHint();

    @Message("Subaanpak")
    String subApproach();

    @Message("Geen")
    String none();

    @Message("Advies aan de melder")
    String adviceText();

    @Message("Alleen bij de uitkomst Advies aan de melder; dan verplicht.")
    String adviceHint();

    @Message("Onderbouwing")
    String rationale();

    @Message("Aanwezige partners")
    String membersPresent();

    @Message("De organisaties aan tafel, gescheiden door komma's.")
    String membersPresentHint();

    @Message("Besluit vastleggen")
    String decide();

    @Message("Ja, besluit vastleggen")
    String decideConfirm();

    @Message("Het besluit gaat direct naar de melder en, als er een aanpak start, naar het programma. Daarna kan het niet meer worden gewijzigd.")
    String decideExplanation();

    @Message("Het besluit is vastgelegd en aan de melder doorgegeven.")
    String decisionSaved();

    @Message("Er is nog geen besluit. De voorzitter legt het besluit van de tafel vast.")
    String noDecisionYet();

    @Message("Besloten op")
    String decidedAt();

    @Message("Zitting")
    String session();

    @Message("Tijd van aanmelding tot terugkoppeling")
    String feedback();

    @Message("Terugkoppeling in dezelfde week")
    String sameWeek();

    @Message("ja")
    String yes();

    @Message("nee")
    String no();

    @Message("Kies de uitkomst.")
    String outcomeRequired();

    @Message("Kies een waarde uit de lijst.")
    String choiceInvalid();

    @Message("Schrijf de onderbouwing van het besluit.")
    String rationaleRequired();

    @Message("De tekst mag hoogstens 4000 tekens lang zijn.")
    String textTooLong();

    @Message("Noem de partners die aan tafel zaten.")
    String membersRequired();

    @Message("Noem hoogstens 30 partners, elk hoogstens 200 tekens lang.")
    String membersTooMany();

    @Message("Kies het programma waarin de aanpak start.")
    String programmeRequired();

    @Message("Kies de intensiteit: bij een CoVeCa-aanpak is die verplicht.")
    String intensityRequired();

    @Message("Kies de subaanpak: bij een CoVeCa-aanpak is die verplicht.")
    String subApproachRequired();

    @Message("Alleen een CoVeCa-aanpak heeft een intensiteit; kies Geen.")
    String intensityCovecaOnly();

    @Message("Alleen een CoVeCa-aanpak heeft een subaanpak; kies Geen.")
    String subApproachCovecaOnly();

    @Message("Schrijf het advies aan de melder: bij deze uitkomst is dat verplicht.")
    String adviceRequired();

    @Message("Een advies aan de melder hoort alleen bij de uitkomst Advies aan de melder; laat dit veld leeg.")
    String adviceOnlyForAdvice();

    @Message("Alleen bij een gestarte aanpak horen een programma, intensiteit en subaanpak; kies bij alle drie Geen.")
    String programmeOnlyForApproach();

    @Message("Deze keuze past niet bij de gekozen uitkomst.")
    String decisionFieldInvalid();

    @Message("Over deze aanmelding is al besloten; een tweede besluit is niet mogelijk. Het besluit staat hieronder.")
    String alreadyDecided();

    @Message("De melder heeft deze aanmelding ingetrokken; er kan geen besluit meer worden vastgelegd.")
    String withdrawn();

    @Message("Deze aanmelding staat nog niet op de agenda van een zitting; er kan nog geen besluit worden vastgelegd. Uw invoer staat hieronder nog.")
    String notOnAgenda();

    @Message("Het besluit is niet vastgelegd: de zitting van deze aanmelding is nog niet begonnen. De tafel besluit aan tafel, vanaf het begin van de zitting of zodra de voorzitter de vergadering op de agenda opent. Uw invoer staat hieronder nog.")
    String sessionNotStarted();

    @Message("Het besluit is niet vastgelegd: de regels van de triagetafel staan het nu niet toe. Uw invoer staat hieronder nog.")
    String decisionRefused();

    @Message("Uw antwoord is niet opgeslagen. Verbeter wat hieronder staat; uw invoer staat er nog.")
    String answerNotSaved();

    @Message("{#if days > 0}{days} {#if days == 1}dag{#else}dagen{/if}{#if hours > 0 || minutes > 0}, {/if}{/if}{#if hours > 0}{hours} uur{#if minutes > 0} en {/if}{/if}{#if minutes > 0 || (days == 0 && hours == 0)}{minutes} {#if minutes == 1}minuut{#else}minuten{/if}{/if}")
    String duration(long days, long hours, long minutes);
}
