package nl.zvh.trafficking.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** UI texts of the trafficking programme; Dutch by default, English in messages/traff_en.properties. */
@MessageBundle("traff")
public interface TraffickingMessages {
    @Message("Mensenhandel — zorgcoördinatie")
    String title();

    @Message("Terug naar het overzicht van programma's")
    String back();

    @Message("Meldingen")
    String inbox();

    @Message("Er zijn nog geen meldingen.")
    String inboxEmpty();

    @Message("Openstaande opvangverzoeken")
    String openShelters();

    @Message("Er staan geen opvangverzoeken open.")
    String openSheltersEmpty();

    @Message("Datum")
    String date();

    @Message("Bron")
    String source();

    @Message("Vermoedelijk slachtoffer")
    String victim();

    @Message("Minderjarig")
    String minor();

    @Message("Gemeente")
    String municipality();

    @Message("Uitbuitingsvorm")
    String types();

    @Message("Uitkomst")
    String outcome();

    @Message("Zorgroute")
    String careRoute();

    @Message("Veiligheidsmaatregelen")
    String safetyMeasures();

    @Message("Rechtsbijstand")
    String legalAid();

    @Message("Medische zorg")
    String medicalCare();

    @Message("Bedenktijd")
    String reflectionPeriod();

    @Message("Verblijfsprocedure")
    String residenceProcedure();

    @Message("Opvangverzoeken")
    String shelterRequests();

    @Message("Opvang")
    String shelter();

    @Message("Categorale opvang")
    String categorical();

    @Message("Gevraagd op")
    String askedOn();

    @Message("Status")
    String status();

    @Message("Reden van weigering")
    String refusalReason();

    @Message("Geplaatst")
    String place();

    @Message("Geweigerd")
    String refuse();

    @Message("Afspraken")
    String agreements();

    @Message("Eigenaar")
    String owner();

    @Message("Uiterlijk")
    String dueDate();

    @Message("Ja")
    String yes();

    @Message("Nee")
    String no();

    @Message("Onbekend")
    String unknown();

    @Message("Aanpak")
    String approach();

    @Message("Gestart op")
    String startedOn();

    @Message("Afgesloten op")
    String closedOn();

    @Message("{#when type}{#is 'SEXUAL'}Seksuele uitbuiting{#is 'LABOUR'}Arbeidsuitbuiting"
            + "{#is 'CRIMINAL'}Criminele uitbuiting{#is 'FORCED_BEGGING'}Gedwongen bedelarij"
            + "{#is 'ORGAN_REMOVAL'}Orgaanverwijdering{#else}Overig/onduidelijk{/when}")
    String type(String type);

    @Message("{#when source}{#is 'POLICE_AVIM'}Politie (AVIM){#is 'LABOUR_INSPECTORATE'}Arbeidsinspectie"
            + "{#is 'MUNICIPALITY'}Gemeente{#is 'CARE_PROVIDER'}Zorgaanbieder{#else}Anders{/when}")
    String sourceLabel(String source);

    @Message("{#when outcome}{#is 'ADVICE'}Advies{#is 'COORDINATED_APPROACH'}Gecoördineerde aanpak"
            + "{#else}Nog te beoordelen{/when}")
    String outcomeLabel(String outcome);

    @Message("{#when status}{#is 'ASKED'}Gevraagd{#is 'REFUSED'}Geweigerd{#is 'PLACED'}Geplaatst"
            + "{#else}Vertrokken{/when}")
    String shelterStatus(String status);

    @Message("{#when status}{#is 'OPEN'}Open{#is 'DONE'}Gedaan{#is 'OVERDUE'}Over tijd{#else}Vervallen{/when}")
    String agreementStatus(String status);

    @Message("{#when status}{#is 'OPEN'}Lopend{#else}Afgesloten{/when}")
    String approachStatus(String status);
}
