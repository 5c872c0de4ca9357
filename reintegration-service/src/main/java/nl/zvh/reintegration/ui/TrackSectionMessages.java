package nl.zvh.reintegration.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the track page's sections (contacts after release, BIJ, ISD, article 18b, escalation, closing); Dutch by
 * default, English in messages/rsec_en.properties.
 */
@MessageBundle("rsec")
public interface TrackSectionMessages {
    @Message("Contacten na vrijlating")
    String aftercare();

    @Message("Korte ondersteuning en monitoring in de eerste fase na vrijlating: contactmomenten met de betrokkene of partners, en signalen dat het misgaat.")
    String aftercareIntro();

    @Message("Contactmomenten en signalen, nieuwste eerst")
    String aftercareCaption();

    @Message("Nog geen contactmomenten of signalen vastgelegd.")
    String aftercareEmpty();

    @Message("Soort")
    String kind();

    @Message("Datum")
    String occurredOn();

    @Message("Met wie of van wie")
    String partner();

    @Message("Bijvoorbeeld de reclassering, de wijkagent of de betrokkene zelf.")
    String partnerHint();

    @Message("Samenvatting")
    String summary();

    @Message("Vastgelegd door")
    String recordedBy();

    @Message("Contactmoment of signaal vastleggen")
    String addAftercare();

    @Message("BIJ: informatie aan de burgemeester")
    String bij();

    @Message("BIJ-meldingen van dit traject")
    String bijCaptionTrack();

    @Message("Nog geen BIJ-melding vastgelegd.")
    String bijNone();

    @Message("Oordeel van de burgemeester")
    String assessment();

    @Message("Oordeel gegeven op")
    String assessedOn();

    @Message("Besloten maatregelen")
    String measures();

    @Message("Wacht op de burgemeester")
    String awaitingMayor();

    @Message("Informatie aan de burgemeester vastleggen")
    String informMayor();

    @Message("Oordeel van de burgemeester vastleggen")
    String recordAssessment();

    @Message("ISD-maatregel")
    String isd();

    @Message("Geen ISD-maatregel vastgelegd.")
    String isdNone();

    @Message("Looptijd {from} tot {to}")
    String isdTerm(String from, String to);

    @Message("Huidige fase")
    String currentPhase();

    @Message("Fasen van de ISD-maatregel")
    String isdPhasesCaption();

    @Message("Fase")
    String phase();

    @Message("Begint op")
    String startsOn();

    @Message("Begin van de maatregel")
    String termStart();

    @Message("Einde van de maatregel")
    String termEnd();

    @Message("Een ISD-maatregel duurt hoogstens twee jaar.")
    String termHint();

    @Message("ISD-maatregel vastleggen")
    String addIsd();

    @Message("Volgende fase vastleggen")
    String addPhase();

    @Message("Eerste fase")
    String firstPhase();

    @Message("Artikel 18b")
    String article18b();

    @Message("Artikel 18b: risico op een ernstig gewelds- of zedendelict. Zie de verzoeken en antwoorden met DJI hieronder.")
    String riskFlag();

    @Message("Verzoeken en antwoorden tussen gemeente en DJI")
    String article18bCaption();

    @Message("Nog geen artikel 18b-verzoek vastgelegd.")
    String article18bNone();

    @Message("Richting")
    String direction();

    @Message("Verzoek op")
    String requestedOn();

    @Message("Verzoek")
    String question();

    @Message("Antwoord op")
    String answeredOn();

    @Message("Antwoord")
    String answer();

    @Message("Nog geen antwoord")
    String noAnswerYet();

    @Message("Artikel 18b-verzoek vastleggen")
    String add18b();

    @Message("Antwoord vastleggen")
    String recordAnswer();

    @Message("Opschalen naar procesregie")
    String escalation();

    @Message("Loopt het mis met de betrokkene, schaal dan op naar procesregie: het huis opent of koppelt een CoVeCa-casus.")
    String escalationIntro();

    @Message("Opschalingen van dit traject")
    String escalationsCaption();

    @Message("Opgeschaald op")
    String escalatedAt();

    @Message("Reden")
    String reason();

    @Message("Risico in het kort")
    String riskSummary();

    @Message("CoVeCa-casus")
    String covecaCase();

    @Message("Bekijk de CoVeCa-casus")
    String covecaLink();

    @Message("Nog niet gekoppeld")
    String covecaWaiting();

    @Message("Geopend; de procesregisseur van het huis voert de casus")
    String covecaOpened();

    @Message("Opschalen")
    String escalate();

    @Message("Traject afsluiten")
    String close();

    @Message("Een afgesloten traject verdwijnt uit de lijsten; het blijft hier te lezen.")
    String closeIntro();

    @Message("Reden van afsluiten")
    String closeReason();

    @Message("Toelichting")
    String closeNote();

    @Message("Verplicht bij ‘Andere reden’.")
    String closeNoteHint();

    @Message("Afgesloten op")
    String closedOn();

    @Message("Ja, traject afsluiten")
    String closeConfirm();

    @Message("Dit traject is afgesloten op {date}: {reason}.")
    String closed(String date, String reason);
}
