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

    @Message("Concept samenstellen")
    String compose();

    @Message("Eerst ziet u een concept: wat elk programma vastlegt en welke gegevens niet worden verstrekt, met de "
            + "grond. Pas na uw beoordeling geeft u de inzage vrij.")
    String compose_hint();

    @Message("Concept inzage beoordelen")
    String review_title();

    @Message("Dit concept is nog niet aan de betrokkene verstrekt. Beoordeel wat niet wordt verstrekt en geef de "
            + "inzage daarna vrij. Het samenstellen is per programma in het auditlog vastgelegd.")
    String review_intro();

    @Message("Gevraagd")
    String asked();

    @Message("Wat het concept bevat")
    String contents();

    @Message("Programma")
    String programme();

    @Message("Registraties")
    String records();

    @Message("Niet volledig: deze programma's gaven geen antwoord. Geef pas vrij als alle programma's hebben "
            + "geantwoord, of vermeld het ontbrekende deel aan de betrokkene.")
    String incomplete();

    @Message("Niet verstrekt")
    String withheld();

    @Message("Deze gegevens gaan niet mee in de inzage. De betrokkene leest alleen in algemene woorden dat gegevens "
            + "over anderen en van ketenpartners niet zijn opgenomen.")
    String withheld_hint();

    @Message("Gegeven")
    String item();

    @Message("Van of over")
    String about();

    @Message("Grond")
    String ground();

    @Message("Er worden geen gegevens achtergehouden.")
    String nothing_withheld();

    @Message("Vrijgeven")
    String release();

    @Message("Ik heb het concept en de niet verstrekte gegevens beoordeeld en geef de inzage vrij aan de betrokkene.")
    String reviewed();

    @Message("Vrijgeven als PDF")
    String release_pdf();

    @Message("Vrijgeven als JSON")
    String release_json();

    @Message("De PDF is leesbaar voor de persoon zelf; de JSON bevat hetzelfde voor verdere verwerking. Het "
            + "vrijgeven wordt per programma in het auditlog vastgelegd.")
    String release_hint();

    @Message("Ander verzoek")
    String another();

    @Message("Stel eerst een concept samen en beoordeel het; vink daarna aan dat u het hebt beoordeeld.")
    String error_not_reviewed();

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
