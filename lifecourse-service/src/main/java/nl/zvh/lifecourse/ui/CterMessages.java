package nl.zvh.lifecourse.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the CTER pages' forms; Dutch by default, English in messages/lccter_en.properties. */
@MessageBundle("lccter")
public interface CterMessages {
    @Message("Persoon registreren")
    String registerPerson();

    @Message("Melder of bron")
    String source();

    @Message("Bijvoorbeeld Politie of Gemeente Bergen op Zoom.")
    String sourceHint();

    @Message("Registreren")
    String register();

    @Message("Weegoverleg plannen")
    String planSession();

    @Message("Datum van het overleg")
    String sessionDate();

    @Message("Aanwezige organisaties")
    String attendees();

    @Message("Eén organisatie per regel.")
    String attendeesHint();

    @Message("Overleg vastleggen")
    String openSession();

    @Message("Uitkomst vastleggen")
    String weigh();

    @Message("Persoon")
    String person();

    @Message("Veiligheidsadviseur gemeente (AOV) uitgenodigd")
    String safetyOfficer();

    @Message("Naam van de uitgenodigde adviseur.")
    String safetyOfficerHint();

    @Message("Vervolgdatum")
    String reviewDate();

    @Message("Verplicht bij meer informatie nodig.")
    String reviewDateHint();

    @Message("Vervolg of toelichting")
    String followUp();

    @Message("Ideologie (als de persoon nog niet is ingedeeld)")
    String ideologyIfNone();

    @Message("Kies een vervolgdatum.")
    String reviewDateRequired();

    @Message("De vervolgdatum ligt voor de datum van het overleg.")
    String reviewDateBeforeSession();

    @Message("Deze persoon is nog niet ingedeeld: kies de ideologie.")
    String ideologyRequired();

    @Message("Er staan nog geen personen in het register om te wegen.")
    String nobodyToWeigh();

    @Message("De persoon is geregistreerd.")
    String personRegistered();

    @Message("Het overleg is vastgelegd.")
    String sessionOpened();

    @Message("De uitkomst is vastgelegd.")
    String weighed();

    @Message("Heroverwegingen")
    String reviewList();

    @Message("Personen met een vervolgdatum, de eerste bovenaan.")
    String reviewListIntro();

    @Message("Geen personen met een vervolgdatum.")
    String noReviews();

    @Message("verlopen")
    String overdue();

    @Message("Openen")
    String open();

    @Message("Overgedragen aan procesregie op {date}")
    String handedOver(String date);

    @Message("ZVH-aanpak gestart op {date}")
    String approachStarted(String date);
}
