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

    @Message("Controleer uw invoer")
    String title_error();

    @Message("Om wie gaat het?")
    String who();

    @Message("Vul het BSN of het platform-persoons-id in, niet allebei.")
    String who_hint();

    @Message("BSN")
    String bsn();

    @Message("Negen cijfers.")
    String bsn_hint();

    @Message("Platform-persoons-id")
    String person_id();

    @Message("Bijvoorbeeld uit een casus of uit de logging: 3f2b8c1e-0b5d-4c7e-9a61-2d4f8e9b7c10.")
    String person_id_hint();

    @Message("Download PDF")
    String download_pdf();

    @Message("Download JSON")
    String download_json();

    @Message("De PDF is leesbaar voor de persoon zelf; de JSON bevat hetzelfde voor verdere verwerking. Ontbreekt het "
            + "deel van een programma, dan staat dat in het bestand.")
    String download_hint();

    @Message("Wie de gegevens heeft bekeken, ziet u bij")
    String access_log_hint();

    @Message("Inzage per persoon")
    String access_log_link();

    @Message("Vul een BSN of een platform-persoons-id in.")
    String error_none();

    @Message("Vul óf een BSN óf een platform-persoons-id in, niet allebei.")
    String error_both();

    @Message("Dit is geen geldig BSN: negen cijfers die de elfproef doorstaan.")
    String error_bsn();

    @Message("Dit is geen platform-persoons-id. Het ziet eruit als 3f2b8c1e-0b5d-4c7e-9a61-2d4f8e9b7c10.")
    String error_person_id();
}
