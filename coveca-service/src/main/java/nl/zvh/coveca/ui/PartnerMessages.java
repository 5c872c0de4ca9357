package nl.zvh.coveca.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the partner professionals' pages and of their answers on the worklist (namespace {@code partner}); Dutch
 * by default, English in messages/partner_en.properties.
 */
@MessageBundle("partner")
public interface PartnerMessages {
    @Message("Casussen van mijn organisatie")
    String partnerCases();

    @Message("Uw organisatie is bij geen enkele casus betrokken.")
    String noPartnerCases();

    @Message("Afspraken te doen")
    String agreementsToDo();

    @Message("Afspraken van uw organisatie")
    String yourAgreements();

    @Message("Uw organisatie heeft geen afspraken in dit plan.")
    String noOwnAgreements();

    @Message("Overleggen waarvoor uw organisatie is uitgenodigd")
    String invitedMeetings();

    @Message("Uw organisatie is nog voor geen overleg uitgenodigd.")
    String noInvitedMeetings();

    @Message("Afgerond")
    String markDone();

    @Message("Wijziging vragen")
    String askChange();

    @Message("Wat moet er anders en waarom?")
    String changeNote();

    @Message("Wijzigingsverzoek versturen")
    String sendChange();

    @Message("Uw antwoorden")
    String yourAnswers();

    @Message("Antwoorden van partners")
    String partnerAnswers();

    @Message("Partners hebben de afgelopen 30 dagen niet geantwoord op hun afspraken.")
    String noPartnerAnswers();

    @Message("Beantwoord op")
    String answeredOn();

    @Message("Antwoord")
    String answer();

    @Message("Door")
    String answeredBy();

    @Message("Toelichting")
    String note();

    @Message("Afspraak afgerond.")
    String markedDone();

    @Message("Wijzigingsverzoek verstuurd naar de procesregisseur.")
    String changeAsked();

    @Message("Niet opgeslagen: deze afspraak is al afgerond of vervallen, of de casus loopt niet meer. Ververs de pagina.")
    String notAnswered();

    @Message("Gegevens van de casus")
    String caseFacts();
}
