package nl.zvh.reintegration.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the track list, the condition history and the refusals of the track page's forms; Dutch by default,
 * English in messages/rtrack_en.properties. The sections' own texts: {@link TrackSectionMessages}.
 */
@MessageBundle("rtrack")
public interface TrackPageMessages {
    @Message("Trajecten")
    String tracksMenu();

    @Message("Lopende trajecten")
    String tracks();

    @Message("{count} {#if count == 1}lopend traject{#else}lopende trajecten{/if} van het huis, vroegste vrijlating eerst; trajecten zonder bekende vrijlatingsdatum staan onderaan.")
    String tracksCaption(long count);

    @Message("Geen lopende trajecten gevonden met deze filters. Pas de filters aan of")
    String tracksEmpty();

    @Message("toon alle lopende trajecten")
    String clearFilters();

    @Message("Filteren en zoeken")
    String filters();

    @Message("Zoeken")
    String search();

    @Message("Naam, geboortedatum (bijvoorbeeld 17-5-1990), BSN of DJI-persoonsnummer.")
    String searchHint();

    @Message("Alle gemeenten")
    String allMunicipalities();

    @Message("Alle statussen")
    String allStatuses();

    @Message("DJI en triage")
    String allSources();

    @Message("Vrijlating vanaf")
    String releaseFrom();

    @Message("Vrijlating tot en met")
    String releaseTo();

    @Message("Toepassen")
    String apply();

    @Message("Vrijlating")
    String release();

    @Message("Stand")
    String trackStatus();

    @Message("{consent} op {date}, vastgelegd door {who}")
    String consentBy(String consent, String date, String who);

    @Message("Geschiedenis")
    String history();

    @Message("Eerdere wijzigingen van {condition}")
    String historyOf(String condition);

    @Message("Gewijzigd op")
    String changedAt();

    @Message("Door")
    String changedBy();

    @Message("Re-integratiecoördinator (naam niet vastgelegd)")
    String someone();

    @Message("Opgeslagen.")
    String saved();

    @Message("De burgemeester wordt vóór de vrijlating geïnformeerd; deze datum ligt na de vrijlating.")
    String errorMayorAfterRelease();

    @Message("Het oordeel kan niet eerder zijn dan de datum waarop de burgemeester werd geïnformeerd.")
    String errorBeforeNotified();

    @Message("Het einde moet na het begin liggen, en hoogstens twee jaar later.")
    String errorIsdTerm();

    @Message("De fase moet binnen de looptijd van de maatregel beginnen.")
    String errorPhaseOutsideTerm();

    @Message("Het antwoord kan niet eerder zijn dan het verzoek.")
    String errorAnswerBeforeRequest();

    @Message("Deze datum ligt vóór het begin van de detentie.")
    String errorBeforeDetention();

    @Message("Dit traject is afgesloten en kan niet meer worden gewijzigd. Wat u invulde staat hieronder nog, zodat u het"
            + " elders kunt vastleggen.")
    String errorTrackClosed();

    @Message("Licht toe waarom het traject wordt afgesloten.")
    String errorNoteRequired();
}
