package nl.zvh.gateway.subject;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Dutch texts of the data-subject access page (bundle {@code subject}); English in messages/subject_en.properties. */
@MessageBundle(value = "subject", locale = "nl")
public interface SubjectMessages {
    @Message("Inzageverzoek (AVG art. 15)")
    String title();

    @Message("Stel alles samen wat het platform over één persoon vastlegt, uit alle programma's van uw huis. "
            + "Elke samenstelling wordt per programma in het auditlog vastgelegd als export.")
    String intro();

    @Message("BSN")
    String bsn();

    @Message("of platform-persoons-id")
    String person_id();

    @Message("Download JSON")
    String download_json();

    @Message("Download PDF")
    String download_pdf();

    @Message("Terug naar start")
    String back();
}
