package nl.zvh.coveca.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the second director's refusals and of the answers on partners' change requests (namespace {@code review});
 * Dutch by default, English in messages/review_en.properties.
 */
@MessageBundle("review")
public interface ReviewMessages {
    @Message("Reden van afwijzing")
    String refusalReason();

    @Message("Plan afwijzen")
    String rejectPlan();

    @Message("Afsluiting afwijzen")
    String rejectClosure();

    @Message("Afwijzingen")
    String refusals();

    @Message("Versie {version} afgewezen door {name} op {at}: {reason}")
    String planRefused(int version, String name, String at, String reason);

    @Message("Afsluiting afgewezen door {name} op {at}: {reason}")
    String closureRefused(String name, String at, String reason);

    @Message("een andere procesregisseur")
    String someone();

    @Message("Dit plan is afgewezen. Wijzig het plan; daarna wacht het opnieuw op goedkeuring.")
    String planRejectedHint();

    @Message("Wijzigingsverzoeken van partners")
    String changeRequests();

    @Message("{organisation} vraagt een wijziging van \"{agreement}\" ({name}, {at}): {note}")
    String changeRequest(String organisation, String agreement, String name, String at, String note);

    @Message("Uw antwoord")
    String reply();

    @Message("Toelichting (verplicht bij vervallen of afwijzen)")
    String replyNote();

    @Message("Nieuwe omschrijving")
    String newDescription();

    @Message("Uitvoerende organisatie")
    String newOrganisation();

    @Message("Uitvoerende persoon")
    String newPerson();

    @Message("Nieuwe uiterste datum")
    String newDueDate();

    @Message("Antwoord versturen")
    String sendReply();

    @Message("Antwoord van de procesregisseur")
    String directorReply();
}
