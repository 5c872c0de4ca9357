package nl.zvh.triage.table;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** UI texts of the triage table; Dutch by default, English in messages/table_en.properties. */
@MessageBundle("table")
public interface TableMessages {
    @Message("Triage")
    String title();

    @Message("Nog niet getrieerde aanmeldingen")
    String heading();

    @Message("Er wachten geen aanmeldingen.")
    String empty();

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

    @Message("Terug naar het overzicht van programma's")
    String back();

    @Message("{#when urgency}{#is 'CRISIS'}Crisis{#is 'URGENT'}Spoed{#else}Regulier{/when}")
    String urgencyLabel(String urgency);

    @Message("Agenda volgende zitting")
    String agenda();

    @Message("Bekendheidschecks van mijn organisatie")
    String myChecks();

    @Message("Er is nog geen zitting gepland.")
    String noSession();

    @Message("Zitting")
    String session();

    @Message("extra zitting")
    String extra();

    @Message("Dossier")
    String file();

    @Message("Vraag aan het huis")
    String question();

    @Message("Problematiek")
    String problemAreas();

    @Message("Bekendheidschecks")
    String checks();

    @Message("Organisatie")
    String organisation();

    @Message("Status")
    String status();

    @Message("Uiterlijk")
    String deadline();

    @Message("Antwoord")
    String answer();

    @Message("Zichtbaar vanaf de zitting")
    String hiddenUntilSession();

    @Message("Te laat")
    String overdue();

    @Message("Bekend")
    String known();

    @Message("Niet bekend")
    String notKnown();

    @Message("Korte samenvatting")
    String summary();

    @Message("Bronsysteem")
    String sourceSystem();

    @Message("Gevoeligheid")
    String sensitivity();

    @Message("Opslaan")
    String save();

    @Message("Mogelijke dubbele personen")
    String matches();

    @Message("Score")
    String score();

    @Message("Reden")
    String reason();

    @Message("Bevestigen")
    String confirm();

    @Message("Afwijzen")
    String reject();

    @Message("Triage-instrument")
    String instrument();

    @Message("Kinderen in het huishouden")
    String children();

    @Message("Landelijke criteria complexe casus")
    String criteria();

    @Message("Problemen op meer dan één leefgebied die leiden tot criminaliteit, overlast of verdere achteruitgang")
    String criterion1();

    @Message("Samenwerking van meerdere ketens nodig, inclusief dwang en drang")
    String criterion2();

    @Message("Impact op het gezinssysteem of de directe omgeving")
    String criterion3();

    @Message("Ernstige lokale of gebiedsgebonden veiligheidsproblemen")
    String criterion4();

    @Message("Advies van het instrument")
    String recommendation();

    @Message("Besluit")
    String decision();

    @Message("Uitkomst")
    String outcome();

    @Message("Programma")
    String programme();

    @Message("Intensiteit")
    String intensity();

    @Message("Subaanpak")
    String subApproach();

    @Message("Advies aan de melder")
    String adviceText();

    @Message("Onderbouwing")
    String rationale();

    @Message("Aanwezige partners (komma-gescheiden)")
    String membersPresent();

    @Message("Besluit vastleggen")
    String decide();

    @Message("Tijd van zitting tot terugkoppeling (minuten)")
    String feedback();

    @Message("Terugkoppeling in dezelfde week")
    String sameWeek();

    @Message("ja")
    String yes();

    @Message("nee")
    String no();

    @Message("Open")
    String open();

    @Message("Beantwoord")
    String answered();
}
